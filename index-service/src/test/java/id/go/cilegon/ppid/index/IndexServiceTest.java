package id.go.cilegon.ppid.index;

import static id.go.cilegon.ppid.index.Events.decided;
import static id.go.cilegon.ppid.index.Events.routed;
import static id.go.cilegon.ppid.index.Events.submitted;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import id.go.cilegon.ppid.contracts.index.CityIndexUpdated;
import id.go.cilegon.ppid.contracts.index.OpdIndexUpdated;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * The service on the real embedded broker: events in, index topics out, bad records parked, and the REST API, public
 * throughout. Each test uses an OPD code of its own, so tests never see each other's numbers.
 */
@QuarkusTest
@QuarkusTestResource(StreamsTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class IndexServiceTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    static final LocalDate MARCH_16 = LocalDate.of(2026, 3, 16);

    @Inject
    KafkaStreams streams;

    static String newOpd() {
        return "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept("application/json");
    }

    /** Two answered requests (one refused on ground h) and one overdue for {@code opd}, received 2 March 2026. */
    static void threeRequests(String opd) {
        UUID granted = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        UUID overdue = UUID.randomUUID();
        Publish.events(
                submitted(granted, MARCH_2, MARCH_16),
                routed(granted, 1, opd, 0),
                decided(granted, 2, DecisionType.GRANTED, LocalDate.of(2026, 3, 9), MARCH_16, 5),
                submitted(refused, MARCH_2, MARCH_16),
                routed(refused, 1, opd, 0),
                decided(
                        refused,
                        2,
                        DecisionType.REFUSED,
                        LocalDate.of(2026, 3, 20),
                        MARCH_16,
                        14,
                        ExemptionGround.H_PERSONAL_SECRET),
                submitted(overdue, MARCH_2, MARCH_16),
                routed(overdue, 1, opd, 0));
    }

    @Test
    void eventsAreFoldedIntoTheIndexTopics() {
        String opd = newOpd();
        threeRequests(opd);

        ConsumerRecord<String, String> record = KafkaTestClient.consumeFirst(
                Topics.INDEX_OPD,
                r -> r.key().equals(opd + "|2026-03")
                        && EventJson.read(r.value().getBytes(), OpdIndexUpdated.class)
                                        .measures()
                                        .received()
                                == 3
                        && EventJson.read(r.value().getBytes(), OpdIndexUpdated.class)
                                        .measures()
                                        .answered()
                                == 2,
                WAIT);
        OpdIndexUpdated index = EventJson.read(record.value().getBytes(), OpdIndexUpdated.class);
        assertEquals(1, index.measures().answeredOnTime());
        assertEquals(1, index.measures().overdue());
        assertEquals(1L, index.measures().refusalsByGround().get(ExemptionGround.H_PERSONAL_SECRET));
        assertEquals(EventTypes.INDEX_OPD_UPDATED, KafkaTestClient.header(record, CloudEventHeaders.TYPE));
        assertEquals(Services.source(Services.INDEX_SERVICE), KafkaTestClient.header(record, CloudEventHeaders.SOURCE));
        assertEquals(opd + "|2026-03", KafkaTestClient.header(record, CloudEventHeaders.SUBJECT));

        ConsumerRecord<String, String> city = KafkaTestClient.consumeFirst(
                Topics.INDEX_CITY,
                r -> r.key().equals("2026-03")
                        && EventJson.read(r.value().getBytes(), CityIndexUpdated.class)
                                        .measures()
                                        .received()
                                >= 3,
                WAIT);
        assertEquals(EventTypes.INDEX_CITY_UPDATED, KafkaTestClient.header(city, CloudEventHeaders.TYPE));
    }

    @Test
    void aMalformedEventIsParkedAndARedeliveryChangesNothing() {
        String opd = newOpd();
        UUID id = UUID.randomUUID();
        KafkaTestClient.send(
                Topics.REQUEST_EVENTS,
                id.toString(),
                "{\"requestId\": 42",
                Publish.headers(UUID.randomUUID().toString(), EventTypes.REQUEST_SUBMITTED, id.toString()));
        ConsumerRecord<String, String> parked = KafkaTestClient.consumeFirst(
                Topics.deadLetter(Topics.REQUEST_EVENTS, Services.INDEX_SERVICE),
                r -> id.toString().equals(r.key()),
                WAIT);
        assertEquals(
                CloudEventHeaders.DLQ_REASON_INVALID_EVENT,
                KafkaTestClient.header(parked, CloudEventHeaders.DLQ_REASON));
        assertEquals(Services.INDEX_SERVICE, KafkaTestClient.header(parked, CloudEventHeaders.DLQ_CONSUMER));
        assertEquals("{\"requestId\": 42", parked.value());

        // The same events twice, as an at-least-once relay may send them: counted once.
        var submittedEvent = submitted(id, MARCH_2, MARCH_16);
        var routedEvent = routed(id, 1, opd, 0);
        Publish.events(submittedEvent, routedEvent, submittedEvent, routedEvent);
        UUID marker = UUID.randomUUID();
        Publish.events(submitted(marker, MARCH_2, MARCH_16), routed(marker, 1, opd, 0));
        await().atMost(WAIT)
                .untilAsserted(() -> as(TestTokens.main())
                        .get("/index/opds/" + opd + "?period=2026-03")
                        .then()
                        .statusCode(200)
                        .body("measures.received", equalTo(2)));
    }

    @Test
    void everyOpdsIndexHistoryAndAnnualReportArePublic() {
        String opd = newOpd();
        threeRequests(opd);
        // No token: the numbers of one OPD are public.
        await().atMost(WAIT)
                .untilAsserted(() -> given().accept("application/json")
                        .get("/index/opds/" + opd + "?period=2026-03")
                        .then()
                        .statusCode(200)
                        .body("opdCode", equalTo(opd))
                        .body("measures.received", equalTo(3))
                        .body("measures.answered", equalTo(2))
                        .body("measures.overdue", equalTo(1))
                        .body("measures.medianWorkingDays", equalTo(9.5f))
                        .body("enoughData", equalTo(false))
                        .body("minimumRequests", equalTo(5))
                        .body("components.name", hasItem("timeliness")));
        given().accept("application/json")
                .get("/index/opds/" + opd + "/history?year=2026")
                .then()
                .statusCode(200)
                .body("[2].period.label", equalTo("2026-03"))
                .body("[2].measures.received", equalTo(3))
                .body("[0].measures.received", equalTo(0));
        given().accept("application/json")
                .get("/index/opds/" + opd)
                .then()
                .statusCode(200)
                .body("period.label", equalTo("rolling-90d"));
        given().accept("application/json")
                .get("/reports/annual/2026/opds/" + opd)
                .then()
                .statusCode(200)
                .body("scope", equalTo(opd))
                .body("requestsReceived", equalTo(3))
                .body("refused", equalTo(1))
                .body("refusalReasons[0].citation", equalTo("Pasal 17 huruf h UU 14/2008"));
        String csv = given().get("/reports/annual/2026/opds/" + opd + "?format=csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(opd.toLowerCase(Locale.ROOT) + "-2026.csv"))
                .extract()
                .asString();
        assertTrue(csv.contains("requests,received,Jumlah permohonan informasi,3"), csv);

        // A token is still accepted, whoever it names: officers of this and of another OPD, applicants, PPID Utama.
        for (String token : List.of(
                TestTokens.officer("petugas-" + opd, opd),
                TestTokens.officer("petugas-lain", "DPUPR"),
                TestTokens.applicant("pemohon-" + opd),
                TestTokens.main(),
                TestTokens.superior(),
                TestTokens.admin())) {
            as(token)
                    .get("/index/opds/" + opd + "?period=2026-03")
                    .then()
                    .statusCode(200)
                    .body("measures.received", equalTo(3));
            as(token).get("/reports/annual/2026/opds/" + opd).then().statusCode(200);
        }

        // A token that does not verify is not looked at where none is needed, as on the city's index.
        given().auth()
                .oauth2("eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl")
                .get("/index/opds/" + opd + "?period=2026-03")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2("eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl")
                .get("/index/city?period=2026-03")
                .then()
                .statusCode(200);

        given().accept("application/json")
                .get("/index/opds/" + "T" + "NOPE" + opd.substring(1, 6))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("opd-not-found"))
                .body("detail_id", containsString("tidak ada di direktori"));
        given().accept("application/json")
                .get("/reports/annual/2026/opds/" + "T" + "NOPE" + opd.substring(1, 6))
                .then()
                .statusCode(404)
                .body("code", equalTo("opd-not-found"));
    }

    @Test
    void theRankingBetweenInstancesIsPublicLikeTheRanking() {
        // /index/ranking/local is how the instances gather the ranking: public, so an anonymous ranking can gather it.
        String opd = newOpd();
        threeRequests(opd);
        await().atMost(WAIT)
                .untilAsserted(() -> given().accept("application/json")
                        .get("/index/ranking/local?period=2026-03")
                        .then()
                        .statusCode(200)
                        .body("find { it.opdCode == '" + opd + "' }.received", equalTo(3))
                        .body("find { it.opdCode == '" + opd + "' }.answered", equalTo(2))
                        .body("find { it.opdCode == '" + opd + "' }.rank", nullValue()));
        // Whatever token comes along is not looked at, as on the ranking itself.
        for (String token : List.of(
                TestTokens.applicant("pemohon-" + opd),
                TestTokens.officer("petugas-" + opd, opd),
                TestTokens.main(),
                "eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl")) {
            as(token)
                    .get("/index/ranking/local?period=2026-03")
                    .then()
                    .statusCode(200)
                    .body("opdCode", hasItem(opd));
        }
        given().get("/index/ranking/local?period=last-week")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].code", equalTo("period-invalid"));
    }

    @Test
    void inputIsValidatedWithProblemsInBothLanguages() {
        given().get("/index/opds/dlh-lower")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title_id", notNullValue())
                .body("violations[0].field", equalTo("opdCode"))
                .body("violations[0].message", notNullValue())
                .body("violations[0].message_id", notNullValue());
        as(TestTokens.main())
                .get("/index/opds/dlh-lower")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("opdCode"));
        given().get("/index/opds/DLH?period=2026-13")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("period"))
                .body("violations[0].message_id", notNullValue());
        given().get("/index/opds/DLH/history?kind=DAY")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        given().get("/index/ranking?period=last-week")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("period-invalid"));
        given().get("/reports/annual/2026/opds/dlh-lower")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("opdCode"));
        given().get("/reports/annual/abc/opds/DLH").then().statusCode(400).body("violations[0].field", equalTo("year"));
        given().get("/index/city?period=last-week")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("period-invalid"));
        given().get("/index/city/history?kind=DAY").then().statusCode(400).body("violations[0].field", equalTo("kind"));
        given().get("/index/city/history?year=1999")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("year-out-of-range"));
        given().get("/reports/annual/abc").then().statusCode(400).body("violations[0].field", equalTo("year"));
        given().get("/reports/annual/2026?format=pdf")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("format"));
    }

    @Test
    void theCityIndexAndTheAnnualReportArePublic() {
        String opd = newOpd();
        threeRequests(opd);
        await().atMost(WAIT)
                .untilAsserted(() -> given().accept("application/json")
                        .get("/index/city?period=2026-03")
                        .then()
                        .statusCode(200)
                        .body("opdCode", equalTo(null))
                        .body("measures.received", org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                        .body("opdCount", org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        given().get("/index/city/history?kind=YEAR").then().statusCode(200).body("period.label", hasItem("2026"));

        given().accept("application/json")
                .get("/reports/annual/2026")
                .then()
                .statusCode(200)
                .header("X-PPID-Served-By", nullValue())
                .body("scope", equalTo("CITY"))
                .body("scopeName", equalTo("Pemerintah Kota Cilegon"))
                .body("decisions.decision", hasItem("REFUSED"))
                .body("months[2].month", equalTo("2026-03"));
        String csv = given().get("/reports/annual/2026?format=csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(".csv"))
                .extract()
                .asString();
        assertTrue(csv.startsWith("section,item,keterangan,value\r\n"), csv);
        assertTrue(csv.contains("requests,received,Jumlah permohonan informasi,"), csv);
        assertTrue(csv.contains("refusal_reasons,H_PERSONAL_SECRET,"), csv);
        List<String> viaAccept = List.of(given().accept("text/csv")
                .get("/reports/annual/2026")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .split("\r\n"));
        assertTrue(viaAccept.size() > 40);
    }

    @Test
    void theRankingIsPublicAndListsEveryOpdWithItsScore() {
        String good = newOpd();
        String poor = newOpd();
        for (int i = 0; i < 5; i++) {
            UUID onTime = UUID.randomUUID();
            UUID late = UUID.randomUUID();
            Publish.events(
                    submitted(onTime, MARCH_2, MARCH_16),
                    routed(onTime, 1, good, 0),
                    decided(onTime, 2, DecisionType.GRANTED, LocalDate.of(2026, 3, 9), MARCH_16, 5),
                    submitted(late, MARCH_2, MARCH_16),
                    routed(late, 1, poor, 0),
                    decided(late, 2, DecisionType.GRANTED, LocalDate.of(2026, 3, 27), MARCH_16, 19));
        }
        await().atMost(WAIT).untilAsserted(() -> {
            var rows = given().accept("application/json")
                    .get("/index/ranking?period=2026-03")
                    .then()
                    .statusCode(200)
                    .body("period.label", equalTo("2026-03"))
                    .extract()
                    .jsonPath();
            List<String> order = rows.getList("rows.opdCode");
            assertTrue(order.indexOf(good) >= 0 && order.indexOf(poor) > order.indexOf(good), order.toString());
            assertEquals((Object) 100.0f, rows.get("rows.find { it.opdCode == '" + good + "' }.score"));
            assertEquals("Informatif", rows.getString("rows.find { it.opdCode == '" + good + "' }.bandName"));
            // Answered, all late: 0 (timeliness) and 100 (completeness, objections) → (0×40 + 100×20 + 100×15)/75
            assertEquals((Object) 46.67f, rows.get("rows.find { it.opdCode == '" + poor + "' }.score"));
        });
        // A token is still accepted, whoever it names.
        for (String token : List.of(TestTokens.applicant("pemohon-" + good), TestTokens.main())) {
            as(token)
                    .get("/index/ranking?period=2026-03")
                    .then()
                    .statusCode(200)
                    .body("rows.opdCode", hasItem(good));
        }
    }

    @Test
    void anIdleServiceStopsCommitting() {
        // Something to publish first, so the publisher has marked scopes dirty and published them from a punctuation.
        String opd = newOpd();
        threeRequests(opd);
        KafkaTestClient.consumeFirst(
                Topics.INDEX_OPD,
                r -> r.key().equals(opd + "|2026-03")
                        && EventJson.read(r.value().getBytes(), OpdIndexUpdated.class)
                                        .measures()
                                        .received()
                                == 3,
                WAIT);

        // Under exactly-once every commit is a Kafka transaction. Once the input is quiet the stream thread must stop
        // committing: a publication punctuation on a fixed rhythm made it commit at every commit interval forever.
        double[] seen = {commits()};
        long[] unchangedSince = {System.nanoTime()};
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            double now = commits();
            if (now != seen[0]) {
                seen[0] = now;
                unchangedSince[0] = System.nanoTime();
                return false;
            }
            return System.nanoTime() - unchangedSince[0]
                    >= Duration.ofSeconds(3).toNanos();
        });
    }

    /** Commits of the stream threads so far (Kafka Streams counts only commits that committed a task). */
    private double commits() {
        return streams.metrics().values().stream()
                .filter(m -> m.metricName().group().equals("stream-thread-metrics")
                        && m.metricName().name().equals("commit-total"))
                .mapToDouble(m -> ((Number) m.metricValue()).doubleValue())
                .sum();
    }
}
