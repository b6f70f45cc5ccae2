package id.go.cilegon.ppid.request;

import static id.go.cilegon.ppid.request.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.calendar.LiveCalendar;
import id.go.cilegon.ppid.calendar.YearStatus;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.calendar.CalendarYearPublished;
import id.go.cilegon.ppid.contracts.calendar.CalendarYearStatus;
import id.go.cilegon.ppid.contracts.request.DateChange;
import id.go.cilegon.ppid.contracts.request.DeadlinesRecalculated;
import id.go.cilegon.ppid.request.domain.TimelineEntry;
import id.go.cilegon.ppid.request.service.CalendarYears;
import id.go.cilegon.ppid.request.service.DeadlineRecalculation;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The platform's calendar changed at run time: an administrator uploads a year, it is checked, stored as a revision and
 * published on {@code ppid.calendar.v1}; this service counts on it at once, and the dates of the requests that cross
 * the year are counted again and announced once. Each test works on a year of its own (2028-2030), so none depends on
 * another having run (2031-2032 for two years changed at once).
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class CalendarUploadTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    TestClock clock;

    @Inject
    LiveCalendar live;

    @Inject
    DeadlineRecalculation recalculation;

    @Inject
    CalendarYears years;

    @Inject
    jakarta.persistence.EntityManager em;

    /* The days off of every year in 2028 (1 Jan, Imlek 26 Jan, Good Friday, Easter, 1 May, Ascension, 1 Jun, 17 Aug,
     * 25 Dec), and the days a test adds: enough for an official list without "not in the list" warnings. */
    private static String official(String version, String... days) {
        return "# source: SKB uji " + version + "\n# version: " + version + "\n" + String.join("\n", days) + "\n";
    }

    private static String official2028(String version, String... extra) {
        String[] certain = {
            "2028-01-01,HOLIDAY,Tahun Baru 2028 Masehi",
            "2028-01-26,HOLIDAY,Tahun Baru Imlek 2579 Kongzili",
            "2028-04-14,HOLIDAY,Wafat Yesus Kristus",
            "2028-04-16,HOLIDAY,Kebangkitan Yesus Kristus (Paskah)",
            "2028-05-01,HOLIDAY,Hari Buruh Internasional",
            "2028-05-25,HOLIDAY,Kenaikan Yesus Kristus",
            "2028-06-01,HOLIDAY,Hari Lahir Pancasila",
            "2028-08-17,HOLIDAY,Hari Kemerdekaan Republik Indonesia",
            "2028-12-25,HOLIDAY,Hari Raya Natal"
        };
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(certain), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        return official(version, all);
    }

    private static RequestSpecification csv(String token) {
        return given().auth().oauth2(token).contentType("text/csv").accept("application/json");
    }

    @Test
    void anUploadIsCheckedStoredPublishedAndCountedOnAtOnce() {
        String list =
                official("2029.1", "2029-01-01,HOLIDAY,Tahun Baru 2029 Masehi", "2029-01-02,HOLIDAY,Hari libur uji");
        csv(TestTokens.admin())
                .body(list)
                .put("/calendar/years/2029")
                .then()
                .statusCode(201)
                .body("year.status", equalTo("OFFICIAL"))
                .body("year.origin", equalTo("PUBLISHED"))
                .body("created", equalTo(true))
                .body("days.date", hasItem("2029-01-02"))
                .body("warnings", hasItem(containsString("is a day off every year but is not in the list")));
        // This replica counts on it at once; the topic carries it to every other service.
        assertEquals(YearStatus.OFFICIAL, live.current().status(2029));
        ConsumerRecord<String, String> published = KafkaTestClient.consumeFirst(
                Topics.CALENDAR,
                r -> r.key().equals("2029")
                        && EventTypes.CALENDAR_YEAR_PUBLISHED.equals(KafkaTestClient.header(r, "ce_type")),
                WAIT);
        CalendarYearPublished year = EventJson.read(published.value().getBytes(), CalendarYearPublished.class);
        assertEquals(CalendarYearStatus.OFFICIAL, year.status());
        assertEquals("2029.1", year.version());
        long revision = year.revision();

        // The same list again (a retry) changes nothing; the same version with other days is refused.
        csv(TestTokens.admin())
                .body(list)
                .put("/calendar/years/2029")
                .then()
                .statusCode(200)
                .body("created", equalTo(false))
                .body("storedRevision", equalTo((int) revision));
        csv(TestTokens.admin())
                .body(official("2029.1", "2029-01-01,HOLIDAY,Tahun Baru 2029 Masehi"))
                .put("/calendar/years/2029")
                .then()
                .statusCode(409)
                .body("code", equalTo("calendar-version-reused"));
        // An official year cannot fall back to an estimate.
        csv(TestTokens.admin())
                .body("# status: provisional\n" + official("2029.2", "2029-01-01,HOLIDAY,Tahun Baru"))
                .put("/calendar/years/2029")
                .then()
                .statusCode(409)
                .body("code", equalTo("calendar-year-official"))
                .body("detail_id", containsString("sudah resmi"));

        as(TestTokens.applicant("warga-" + UUID.randomUUID()))
                .get("/calendar/years")
                .then()
                .statusCode(200)
                .body("find { it.year == 2029 }.status", equalTo("OFFICIAL"))
                .body("find { it.year == 2029 }.revision", equalTo((int) revision));
        as(TestTokens.superior())
                .get("/calendar/years/2029")
                .then()
                .statusCode(200)
                .body("days.size()", equalTo(2))
                .body("days[1].candidate", equalTo(false));
        // Downloaded in the upload format, it reads back as the same list.
        String csv = given().auth()
                .oauth2(TestTokens.admin())
                .accept("text/csv")
                .get("/calendar/years/2029")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(csv.startsWith("# source: SKB uji 2029.1\n# version: 2029.1\n"), csv);
        assertTrue(csv.contains("2029-01-02,HOLIDAY,Hari libur uji"), csv);
    }

    @Test
    void badListsAreRefusedWithTheLineAndNothingIsPublished() {
        csv(TestTokens.admin())
                .body("# source: SKB\n# version: 1\n2030-02-30,HOLIDAY,Tidak ada\n")
                .put("/calendar/years/2030")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("line 3"))
                .body("violations[0].message", containsString("invalid date '2030-02-30'"))
                .body("violations[0].message_id", containsString("Baris 3"));
        csv(TestTokens.admin())
                .body("# source: SKB\n# version: 1\n2029-12-31,HOLIDAY,Tahun lain\n")
                .put("/calendar/years/2030")
                .then()
                .statusCode(400)
                .body("violations[0].message", containsString("outside the file's year 2030"));
        csv(TestTokens.admin())
                .body("")
                .put("/calendar/years/2030")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("body"));
        csv(TestTokens.admin())
                .body("# source: SKB\n# version: 1\n3000-01-01,HOLIDAY,Jauh\n")
                .put("/calendar/years/3000")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("year"));
        // Only an administrator uploads; every role reads.
        csv(TestTokens.main())
                .body(official("2030.1", "2030-01-01,HOLIDAY,Tahun Baru"))
                .put("/calendar/years/2030")
                .then()
                .statusCode(403);
        csv(TestTokens.officer("petugas-dlh", "DLH"))
                .body(official("2030.1", "2030-01-01,HOLIDAY,Tahun Baru"))
                .put("/calendar/years/2030")
                .then()
                .statusCode(403);
        given().contentType("text/csv")
                .body("x")
                .put("/calendar/years/2030")
                .then()
                .statusCode(401);
        assertEquals(YearStatus.PROVISIONAL, live.current().status(2030));
        given().auth()
                .oauth2(TestTokens.admin())
                .accept("text/csv")
                .get("/calendar/years/2030")
                .then()
                .statusCode(404);
        as(TestTokens.officer("petugas-dlh", "DLH"))
                .get("/calendar/years/2030")
                .then()
                .statusCode(200)
                .body("year.status", equalTo("PROVISIONAL"))
                .body("year.origin", equalTo("ESTIMATED"))
                .body("days.find { it.candidate }", org.hamcrest.Matchers.notNullValue());
    }

    /*
     * Received Mon 3 Jan 2028, 2028 without its decree: the body's 10 working days are 4-7, 10-14, 17 January (no
     * certain day off in between). The decree adds a holiday on Mon 10 January: 4-7, 11-14, 17, 18 January.
     */
    @Test
    void confirmingAYearMovesTheDatesOfTheRequestsThatCrossItOnceAndTellsWhy() {
        clock.setWib(LocalDateTime.of(2028, 1, 3, 10, 0));
        String applicant = TestTokens.applicant("warga-" + UUID.randomUUID());
        UUID id = Fixtures.submitAssigned(applicant, "DLH");
        as(applicant)
                .get("/requests/" + id)
                .then()
                .statusCode(200)
                .body("dueDate", equalTo("2028-01-17"))
                .body("provisionalDates.dates", hasItem("dueDate"));

        csv(TestTokens.admin())
                .body(official2028("2028.1", "2028-01-10,HOLIDAY,Hari libur uji"))
                .put("/calendar/years/2028")
                .then()
                .statusCode(201);
        await().atMost(WAIT)
                .until(() -> LocalDate.of(2028, 1, 18).equals(Fixtures.load(id).dueDate()));

        as(applicant)
                .get("/requests/" + id)
                .then()
                .statusCode(200)
                .body("dueDate", equalTo("2028-01-18"))
                .body("dueDateExplanation.provisional", equalTo(false))
                .body("provisionalDates", nullValue());
        List<ConsumerRecord<String, String>> events = KafkaTestClient.consume(
                Topics.REQUEST_EVENTS,
                r -> r.key().equals(id.toString())
                        && EventTypes.REQUEST_DEADLINES_RECALCULATED.equals(KafkaTestClient.header(r, "ce_type")),
                1,
                WAIT);
        DeadlinesRecalculated recalculated =
                EventJson.read(events.get(0).value().getBytes(), DeadlinesRecalculated.class);
        assertEquals(2028, recalculated.calendarYear());
        assertTrue(
                recalculated
                        .changes()
                        .contains(new DateChange("dueDate", LocalDate.of(2028, 1, 17), LocalDate.of(2028, 1, 18))),
                recalculated.changes().toString());
        assertTrue(recalculated.reason().contains("resmi"), recalculated.reason());
        assertNull(recalculated.provisional());
        assertNull(recalculated.onTime());

        // Counted again (a second run, a replica that missed the wake-up): nothing more moves, nothing more is said.
        assertEquals(0, recalculation.run());
        assertEquals(
                1,
                QuarkusTransaction.requiringNew()
                        .call(() -> TimelineEntry.count(
                                "requestId = ?1 and step = ?2", id, TimelineEntry.Step.DATES_RECALCULATED)));
        as(applicant)
                .get("/requests/" + id + "/timeline")
                .then()
                .statusCode(200)
                .body("step", hasItem("DATES_RECALCULATED"));
    }

    /*
     * Two years changed before the recalculation ran: 2032's job comes first, and its requests include those received
     * since July 2031 (their windows may reach 2032). A request received Mon 1 Dec 2031 whose dates all lie in 2031 is
     * moved by 2031's change only, so it is told with 2031's reason, never with 2032's.
     */
    @Test
    void aRecountIsToldWithTheYearThatMovedTheDate() {
        csv(TestTokens.admin())
                .body(official("2032.1", "2032-01-01,HOLIDAY,Tahun Baru 2032 Masehi"))
                .put("/calendar/years/2032")
                .then()
                .statusCode(201);
        await().atMost(WAIT).until(() -> finished(2032));
        clock.setWib(LocalDateTime.of(2031, 12, 1, 10, 0));
        String applicant = TestTokens.applicant("warga-" + UUID.randomUUID());
        UUID id = Fixtures.submitAssigned(applicant, "DLH");
        LocalDate due = Fixtures.load(id).dueDate();

        // 2032's job reopened as if not yet run, and 2031 changed in the same transaction: the worker sees both.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    update calendar_recalculation
                    set finished_at = null, started_at = null, last_request_id = null, requested_at = ?1
                    where year = 2032""")
                    .setParameter(1, java.time.Instant.parse("2000-01-01T00:00:00Z"))
                    .executeUpdate();
            years.upload(
                    2031,
                    official(
                            "2031.1", "2031-01-01,HOLIDAY,Tahun Baru 2031 Masehi", "2031-12-08,HOLIDAY,Hari libur uji"),
                    "admin-uji");
        });
        await().atMost(WAIT).until(() -> finished(2031) && finished(2032));

        DeadlinesRecalculated recalculated = EventJson.read(
                KafkaTestClient.consume(
                                Topics.REQUEST_EVENTS,
                                r -> r.key().equals(id.toString())
                                        && EventTypes.REQUEST_DEADLINES_RECALCULATED.equals(
                                                KafkaTestClient.header(r, "ce_type")),
                                1,
                                WAIT)
                        .get(0)
                        .value()
                        .getBytes(),
                DeadlinesRecalculated.class);
        assertEquals(2031, recalculated.calendarYear(), recalculated.reason());
        assertTrue(
                recalculated.change("dueDate").isPresent(),
                recalculated.changes().toString());
        assertEquals(due, recalculated.change("dueDate").get().previous());
        assertEquals(
                1,
                QuarkusTransaction.requiringNew()
                        .call(() -> TimelineEntry.count(
                                "requestId = ?1 and step = ?2", id, TimelineEntry.Step.DATES_RECALCULATED)));
    }

    private boolean finished(int year) {
        return QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) em.createNativeQuery(
                                                "select count(*) from calendar_recalculation where year = ?1 and finished_at is null")
                                        .setParameter(1, year)
                                        .getSingleResult())
                                .intValue())
                == 0;
    }
}
