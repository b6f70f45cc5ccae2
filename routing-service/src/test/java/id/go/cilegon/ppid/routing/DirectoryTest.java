package id.go.cilegon.ppid.routing;

import static id.go.cilegon.ppid.routing.Fixtures.WAIT;
import static id.go.cilegon.ppid.routing.Fixtures.as;
import static id.go.cilegon.ppid.routing.Fixtures.awaitCase;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.common.InformationCategory;
import id.go.cilegon.ppid.contracts.directory.OpdDirectoryEntry;
import id.go.cilegon.ppid.contracts.opd.RegisterEntryPublished;
import id.go.cilegon.ppid.contracts.opd.RegisterEntryWithdrawn;
import id.go.cilegon.ppid.routing.domain.CaseStatus;
import id.go.cilegon.ppid.routing.service.DirectorySeed;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The OPD directory and registers on the real broker and database: the seed is published, every change is a new
 * version on {@code ppid.directory.v1} and feeds routing at once, registers arrive by event and by REST, and
 * input and roles are checked.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class DirectoryTest {

    private static final String OPD_DLQ = Topics.deadLetter(Topics.OPD_EVENTS, Services.ROUTING_SERVICE);

    private static String newCode() {
        StringBuilder code = new StringBuilder("TEST_");
        for (int i = 0; i < 8; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    private static Map<String, Object> opd(String code, String word) {
        Map<String, Object> body = new HashMap<>();
        body.put("opdCode", code);
        body.put("name", "Dinas Pemadam Kebakaran dan Penyelamatan Kota Cilegon");
        body.put("shortName", "Damkar");
        body.put("kind", "AGENCY_DINAS");
        body.put(
                "duties",
                "Pencegahan dan pemadaman kebakaran, penyelamatan, pemeriksaan hidran dan alat pemadam, "
                        + "sertifikasi keselamatan gedung, program " + word);
        body.put("keywords", List.of("damkar", "kebakaran", word));
        body.put("deskEmail", "ppid.damkar@cilegon.go.id");
        body.put("deskPhone", "0254 380123");
        return body;
    }

    private static OpdDirectoryEntry directoryEntry(String code, long version) {
        ConsumerRecord<String, String> record = KafkaTestClient.consumeFirst(
                Topics.DIRECTORY, r -> code.equals(r.key()) && r.value() != null && read(r).version() == version, WAIT);
        assertEquals(EventTypes.DIRECTORY_OPD_UPDATED, KafkaTestClient.header(record, CloudEventHeaders.TYPE));
        return read(record);
    }

    private static OpdDirectoryEntry read(ConsumerRecord<String, String> record) {
        return EventJson.read(record.value().getBytes(StandardCharsets.UTF_8), OpdDirectoryEntry.class);
    }

    @Test
    void theSeededDirectoryIsPublishedOnTheCompactedTopic() {
        Set<String> seeded = DirectorySeed.load(DirectorySeed.RESOURCE).opds().stream()
                .map(DirectorySeed.SeedOpd::opdCode)
                .collect(Collectors.toSet());
        assertTrue(seeded.containsAll(Set.of(
                "DISDUKCAPIL",
                "DINDIKBUD",
                "DLH",
                "DPUPR",
                "DISKOMINFO",
                "BAPPEDA",
                "BPKAD",
                "DINSOS",
                "DPMPTSP",
                "KEC_PULOMERAK")));
        List<ConsumerRecord<String, String>> records =
                KafkaTestClient.consume(Topics.DIRECTORY, r -> seeded.contains(r.key()), seeded.size(), WAIT);
        assertEquals(seeded, records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
        OpdDirectoryEntry dukcapil = directoryEntry("DISDUKCAPIL", 1);
        assertTrue(dukcapil.duties().contains("akta kelahiran"));
        assertTrue(dukcapil.active());
        as(TestTokens.applicant("warga-1"))
                .get("/opds")
                .then()
                .statusCode(200)
                .body("opdCode", hasItem("KEC_CIWANDAN"))
                .body("find { it.opdCode == 'DLH' }.duties", notNullValue());
    }

    @Test
    void changesArePublishedAsNewVersionsAndFeedRoutingAtOnce() {
        String code = newCode();
        String word = Fixtures.uniqueWord();
        as(TestTokens.admin())
                .body(opd(code, word))
                .post("/opds")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/opds/" + code))
                .body("version", equalTo(1));
        assertEquals("Damkar", directoryEntry(code, 1).shortName());

        UUID first = Fixtures.submit("Mohon data " + word + " tahun 2025", "Penelitian");
        assertEquals(code, awaitCase(first, c -> c.status != null && c.eventSequence > 0).assignedOpdCode);

        Map<String, Object> change = opd(code, word);
        change.put("webhookUrl", "https://sim.damkar.cilegon.go.id/ppid/webhook");
        change.put("webhookSecretRef", "ppid-webhooks/damkar");
        change.put("version", 1);
        // Where the city's signed messages go is the administrator's setting, not the PPID Utama's.
        as(TestTokens.main())
                .body(change)
                .put("/opds/" + code)
                .then()
                .statusCode(403)
                .body("code", equalTo("webhook-admin-only"));
        as(TestTokens.admin())
                .body(change)
                .put("/opds/" + code)
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        assertEquals("ppid-webhooks/damkar", directoryEntry(code, 2).webhookSecretRef());
        // Someone else's stale copy is refused; the same entry again is no new version.
        as(TestTokens.admin())
                .body(change)
                .put("/opds/" + code)
                .then()
                .statusCode(409)
                .body("code", equalTo("version-conflict"))
                .body("detail_id", notNullValue());
        change.remove("version");
        as(TestTokens.admin())
                .body(change)
                .put("/opds/" + code)
                .then()
                .statusCode(200)
                .body("version", equalTo(2));

        change.put("active", false);
        as(TestTokens.main())
                .body(change)
                .put("/opds/" + code)
                .then()
                .statusCode(200)
                .body("version", equalTo(3));
        assertFalse(directoryEntry(code, 3).active());
        UUID second = Fixtures.submit("Mohon data " + word + " tahun 2025", "Penelitian");
        assertEquals(CaseStatus.QUEUED, awaitCase(second, c -> c.eventSequence > 0).status);
        as(TestTokens.main())
                .body(Map.of("opdCode", code))
                .post("/routing/requests/" + second + "/assignment")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("opdCode"))
                .body("violations[0].code", equalTo("opd-inactive"));
        as(TestTokens.applicant("warga-2"))
                .get("/opds?includeInactive=true")
                .then()
                .statusCode(200)
                .body("opdCode", not(hasItem(code)));
        as(TestTokens.main())
                .get("/opds?includeInactive=true")
                .then()
                .statusCode(200)
                .body("opdCode", hasItem(code));
    }

    @Test
    void webhookUrlsAreHttpsAndNameNoInternalAddress() {
        String code = newCode();
        Map<String, Object> entry = opd(code, Fixtures.uniqueWord());
        entry.put("webhookSecretRef", "ppid-webhooks/x");
        Map<String, String> refusals = Map.of(
                "http://sim.damkar.cilegon.go.id/ppid/webhook", "url-https-required",
                "https://169.254.169.254/latest/meta-data/", "url-internal",
                "https://10.0.12.7:8443/hook", "url-internal",
                "https://[::1]/hook", "url-internal",
                "https://admin:rahasia@sim.damkar.cilegon.go.id/hook", "url-internal");
        refusals.forEach((url, reason) -> {
            entry.put("webhookUrl", url);
            as(TestTokens.admin())
                    .body(entry)
                    .post("/opds")
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("webhookUrl"))
                    .body("violations[0].code", equalTo(reason))
                    .body("violations[0].message_id", notNullValue());
        });
        entry.put("webhookUrl", "https://sim.damkar.cilegon.go.id/ppid/webhook");
        as(TestTokens.main())
                .body(entry)
                .post("/opds")
                .then()
                .statusCode(403)
                .body("code", equalTo("webhook-admin-only"));
        as(TestTokens.admin()).body(entry).post("/opds").then().statusCode(201);
    }

    @Test
    void directoryInputIsValidatedInBothLanguages() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("opdCode", "dinas-x");
        bad.put("shortName", "X");
        bad.put("kind", "AGENCY_DINAS");
        bad.put("duties", "terlalu pendek");
        bad.put("deskEmail", "bukan-email");
        bad.put("webhookUrl", "ftp://contoh");
        as(TestTokens.admin())
                .body(bad)
                .post("/opds")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title_id", equalTo("Isian tidak valid"))
                .body(
                        "violations.field",
                        containsInAnyOrder("opdCode", "name", "duties", "deskEmail", "webhookUrl", "webhookSecretRef"))
                .body("violations.find { it.field == 'name' }.message_id", equalTo("wajib diisi"));
        Map<String, Object> unknownKind = opd(newCode(), "x");
        unknownKind.put("kind", "KEMENTERIAN");
        as(TestTokens.admin())
                .body(unknownKind)
                .post("/opds")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType(ContentType.JSON)
                .body("{\"name\":")
                .post("/opds")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("json-malformed"));
        as(TestTokens.admin())
                .body(opd("DLH", "x"))
                .post("/opds")
                .then()
                .statusCode(409)
                .body("code", equalTo("opd-exists"));
        as(TestTokens.admin()).get("/opds/NOT_THERE").then().statusCode(404).body("code", equalTo("opd-not-found"));
        as(TestTokens.admin()).get("/opds/dlh").then().statusCode(400);
    }

    @Test
    void onlyAdminsAndThePpidUtamaEditTheDirectory() {
        as(TestTokens.officer("petugas-dlh", "DLH"))
                .body(opd(newCode(), "x"))
                .post("/opds")
                .then()
                .statusCode(403)
                .body("code", equalTo("role-not-allowed"));
        as(TestTokens.applicant("warga-3"))
                .body(opd("DLH", "x"))
                .put("/opds/DLH")
                .then()
                .statusCode(403);
        as(TestTokens.superior()).post("/opds/republication").then().statusCode(403);
        given().contentType(ContentType.JSON)
                .get("/opds")
                .then()
                .statusCode(401)
                .body("title_id", equalTo("Perlu autentikasi"));
    }

    @Test
    void registerEntriesFromOpdSystemsSteerRouting() {
        String code = newCode();
        as(TestTokens.admin())
                .body(opd(code, Fixtures.uniqueWord()))
                .post("/opds")
                .then()
                .statusCode(201);
        String word = Fixtures.uniqueWord();
        Fixtures.publish(
                new RegisterEntryPublished(
                        code,
                        "DIP-07",
                        "Data inspeksi " + word,
                        "Hasil inspeksi " + word + " per kecamatan",
                        InformationCategory.PERIODIC,
                        List.of(word),
                        6,
                        Instant.now()),
                Services.opdSystemSource(code));
        org.awaitility.Awaitility.await()
                .atMost(WAIT)
                .until(() -> as(TestTokens.main())
                        .get("/opds/" + code + "/register")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("entryId")
                        .contains("DIP-07"));
        UUID routed = Fixtures.submit("Minta data inspeksi " + word, "Kajian");
        assertEquals(code, awaitCase(routed, c -> c.eventSequence > 0).assignedOpdCode);
        // Counted for the PpidRoutingShareJump alert.
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(
                metrics.lines()
                        .anyMatch(line -> line.startsWith("ppid_routing_routed_total{")
                                && line.contains("mode=\"automatic\"")
                                && line.contains("opd=\"" + code + "\"")),
                "no ppid_routing_routed_total for " + code);

        Fixtures.publish(
                new RegisterEntryWithdrawn(code, "DIP-07", "Diganti", Instant.now()), Services.opdSystemSource(code));
        org.awaitility.Awaitility.await()
                .atMost(WAIT)
                .until(() -> as(TestTokens.main())
                        .get("/opds/" + code + "/register")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("entryId")
                        .isEmpty());
        UUID queued = Fixtures.submit("Minta " + word, "Kajian");
        assertEquals(CaseStatus.QUEUED, awaitCase(queued, c -> c.eventSequence > 0).status);

        // A register of an OPD the directory does not know is parked, and the consumer moves on.
        var unknown = Fixtures.publish(
                new RegisterEntryPublished(
                        "NO_SUCH_OPD",
                        "DIP-1",
                        "Judul",
                        "Ringkasan",
                        InformationCategory.ON_REQUEST,
                        List.of(),
                        null,
                        Instant.now()),
                Services.opdSystemSource("NO_SUCH_OPD"));
        ConsumerRecord<String, String> parked = KafkaTestClient.consumeFirst(
                OPD_DLQ, r -> unknown.id().equals(KafkaTestClient.header(r, CloudEventHeaders.ID)), WAIT);
        assertEquals(
                CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED,
                KafkaTestClient.header(parked, CloudEventHeaders.DLQ_REASON));
    }

    @Test
    void officersEditOnlyTheirOwnOpdsRegister() {
        Map<String, Object> entry = Map.of(
                "title",
                "Data kualitas air sungai Cibeber",
                "summary",
                "Hasil uji laboratorium kualitas air sungai per triwulan",
                "category",
                "PERIODIC",
                "keywords",
                List.of("air sungai", "uji laboratorium"),
                "publicationIntervalMonths",
                3);
        String entryId = "DLH-T-" + UUID.randomUUID().toString().substring(0, 8);
        as(TestTokens.officer("petugas-dlh", "DLH"))
                .body(entry)
                .put("/opds/DLH/register/" + entryId)
                .then()
                .statusCode(201)
                .body("source", equalTo("REST"));
        as(TestTokens.officer("petugas-dlh", "DLH"))
                .body(entry)
                .put("/opds/DLH/register/" + entryId)
                .then()
                .statusCode(200);
        as(TestTokens.officer("petugas-dpupr", "DPUPR"))
                .body(entry)
                .put("/opds/DLH/register/" + entryId)
                .then()
                .statusCode(403)
                .body("code", equalTo("other-opd"));
        as(TestTokens.opdSystem("DPUPR"))
                .delete("/opds/DLH/register/" + entryId)
                .then()
                .statusCode(403);
        as(TestTokens.applicant("warga-4"))
                .body(entry)
                .put("/opds/DLH/register/" + entryId)
                .then()
                .statusCode(403);
        Map<String, Object> periodicWithoutInterval = new HashMap<>(entry);
        periodicWithoutInterval.remove("publicationIntervalMonths");
        as(TestTokens.main())
                .body(periodicWithoutInterval)
                .put("/opds/DLH/register/" + entryId)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("publicationIntervalMonths"));
        as(TestTokens.main())
                .body(entry)
                .put("/opds/DLH/register/bad%20id")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("entryId"));
        as(TestTokens.opdSystem("DLH"))
                .delete("/opds/DLH/register/" + entryId)
                .then()
                .statusCode(204);
        as(TestTokens.officer("petugas-dlh", "DLH"))
                .delete("/opds/DLH/register/" + entryId)
                .then()
                .statusCode(404)
                .body("code", equalTo("entry-not-found"));
    }
}
