package id.go.cilegon.ppid.portal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.index.Period;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public pages from the index topics of a real broker: the dashboard ranks the OPDs with their bands, both
 * languages, the choice remembered, bad input answered plainly, and a change on the topic pushed to an open page.
 */
@QuarkusTest
@QuarkusTestResource(PortalResource.class)
class PublicPagesTest {

    private static final Period ROLLING = Period.rolling90Days();

    @TestHTTPResource("/indeks/langsung")
    URI live;

    @BeforeEach
    void index() {
        IndexEvents.publishFixture();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/indeks").asString().contains("DISDUKCAPIL"));
    }

    @Test
    void theDashboardRanksEveryOpdWithItsBandInIndonesianByDefault() {
        String page = given().get("/indeks")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("<html lang=\"id\""))
                .body(containsString("Peringkat OPD, 90 hari terakhir"))
                .body(containsString("Cukup Informatif"))
                .extract()
                .asString();
        int dlh = page.indexOf("id=\"opd-DLH\"");
        int disdukcapil = page.indexOf("id=\"opd-DISDUKCAPIL\"");
        int dpupr = page.indexOf("id=\"opd-DPUPR\"");
        assertTrue(dlh > 0 && dlh < disdukcapil && disdukcapil < dpupr, "best score first");
        assertTrue(page.contains("91,5"), "Indonesian decimal comma");
        assertTrue(page.contains("band-informatif") && page.contains("band-kurang-informatif"));
    }

    @Test
    void englishIsAChoiceTheCookieRemembers() {
        String cookie = given().get("/indeks?lang=en")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"en\""))
                .body(containsString("Agencies ranked, last 90 days"))
                .body(containsString("91.5"))
                .extract()
                .cookie("ppid_lang");
        given().cookie("ppid_lang", cookie)
                .get("/panduan")
                .then()
                .statusCode(200)
                .body(containsString("A guide for people asking for information"))
                .body(containsString("href=\"/panduan?lang=id\""));
        given().get("/panduan")
                .then()
                .statusCode(200)
                .body(containsString("Panduan bagi pemohon informasi"))
                .body(not(containsString("A guide for")));
    }

    @Test
    void theHomePageShowsTheCitysScoreAndItsTrendWithTheNumbers() {
        given().get("/")
                .then()
                .statusCode(200)
                .body(containsString("73,0"))
                .body(containsString("Cukup Informatif"))
                .body(containsString("<polyline"))
                .body(containsString("November 2026"))
                .body(containsString("Cara mengajukan permohonan"));
    }

    /** The topics carry codes; the names come from index-service's public ranking. */
    @Test
    void theOpdsAreNamedAsTheDirectoryNamesThem() {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> given().get("/indeks")
                        .asString()
                        .contains("Dinas Lingkungan Hidup <span class=\"code\">(DLH)"));
    }

    /** UU 14/2008 Pasal 12: the year's report, as a page and as files to download. */
    @Test
    void theAnnualReportIsAPageAndTwoDownloads() {
        given().get("/laporan/2026")
                .then()
                .statusCode(200)
                .body(containsString("Laporan layanan informasi publik 2026"))
                .body(containsString("214"))
                .body(containsString("Pasal 17 huruf h: rahasia pribadi"))
                .body(containsString("Tahun ini belum selesai: angka masih bertambah (keadaan 8 Desember 2026)"))
                .body(containsString("6,0"))
                .body(containsString("href=\"/laporan/2026.csv\""));
        given().get("/laporan/2026.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("laporan-ppid-cilegon-2026.csv"))
                .body(containsString("requestsReceived,214"));
        given().get("/laporan/2026.json").then().statusCode(200).body(containsString("\"requestsReceived\":214"));
        given().get("/laporan/1999?lang=en").then().statusCode(400).body(containsString("Unknown year"));
        given().redirects().follow(false).get("/laporan").then().statusCode(303);
    }

    /** An OPD's own page: its score, what makes it up in plain words, and its months. */
    @Test
    void anOpdsPageExplainsItsScore() {
        given().get("/opd/DLH")
                .then()
                .statusCode(200)
                .body(containsString("Dinas Lingkungan Hidup"))
                .body(containsString("91,5"))
                .body(containsString("Ketepatan waktu"))
                .body(containsString("tidak dihitung (belum ada data)"))
                .body(containsString("Nilai OPD per bulan"));
        given().get("/opd/DLH?lang=en").then().statusCode(200).body(containsString("Proactive disclosure"));
        given().get("/indeks").then().body(containsString("href=\"/opd/DLH\""));
        given().get("/opd/NOSUCH").then().statusCode(404).body(containsString("Belum ada indeks untuk OPD ini"));
        given().get("/opd/dlh-kecil").then().statusCode(400).body(containsString("Bukan kode OPD"));
    }

    @Test
    void anUnknownPeriodIsAPlain400() {
        given().get("/indeks?periode=kemarin")
                .then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("Periode tidak dikenal"));
        given().get("/indeks?periode=kemarin&lang=en").then().statusCode(400).body(containsString("Unknown period"));
    }

    /** What an open dashboard receives when index-service publishes a new value: the ranking rendered again. */
    @Test
    void aChangeOnTheTopicIsPushedToOpenPages() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(live)
                .header("Accept", "text/event-stream")
                .header("Cookie", "ppid_lang=en")
                .build();
        HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        Pattern rankingEvent = Pattern.compile("(?m)^event: ?ranking$");
        CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                StringBuilder event = new StringBuilder();
                String line;
                while ((line = lines.readLine()) != null) {
                    event.append(line).append('\n');
                    if (line.isEmpty()) {
                        if (rankingEvent.matcher(event).find()
                                && event.toString().contains("64.5")) {
                            return event.toString();
                        }
                        event.setLength(0);
                    }
                }
                return "";
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        // Published again until the stream has it: the page may subscribe a moment after its headers arrived.
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!seen.isDone()) {
                        IndexEvents.publish(IndexEvents.opd("DINKES", ROLLING, 64.5));
                    }
                    return seen.isDone();
                });
        String event = seen.get(1, TimeUnit.SECONDS);
        assertTrue(event.contains("opd-DINKES"), event);
        assertTrue(event.contains("Cukup Informatif"), "the new band, rendered in the page's language: " + event);
        response.body().close();
    }
}
