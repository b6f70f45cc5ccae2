package id.go.cilegon.ppid.notification;

import static id.go.cilegon.ppid.notification.support.Fixtures.notifications;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.calendar.DateTexts;
import id.go.cilegon.ppid.calendar.LiveCalendar;
import id.go.cilegon.ppid.calendar.YearStatus;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.calendar.CalendarDay;
import id.go.cilegon.ppid.contracts.calendar.CalendarDayKind;
import id.go.cilegon.ppid.contracts.calendar.CalendarYearPublished;
import id.go.cilegon.ppid.contracts.calendar.CalendarYearStatus;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.CopyFormat;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionSource;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.request.DateChange;
import id.go.cilegon.ppid.contracts.request.DeadlinesRecalculated;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.notification.domain.Deadline;
import id.go.cilegon.ppid.notification.domain.ReminderStep;
import id.go.cilegon.ppid.notification.support.Fixtures;
import id.go.cilegon.ppid.notification.support.Fixtures.TestRequest;
import id.go.cilegon.ppid.notification.support.MailServer;
import id.go.cilegon.ppid.notification.support.TestClock;
import id.go.cilegon.ppid.notification.support.WebhookSecretResource;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The calendar changed at run time: this service follows {@code ppid.calendar.v1} without a restart, and on
 * {@code request.deadlines-recalculated} moves its running clocks to request-service's new dates and tells the
 * applicant and the desk once.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(WebhookSecretResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class CalendarChangeTest {

    @Inject
    LiveCalendar live;

    @Inject
    TestClock clock;

    @Test
    void aYearPublishedOnTheTopicIsCountedOnWithoutARestart() {
        assertEquals(YearStatus.PROVISIONAL, live.current().status(2032));
        CalendarYearPublished year = new CalendarYearPublished(
                2032,
                CalendarYearStatus.OFFICIAL,
                "SKB uji 2032",
                "2032.1",
                1,
                List.of(
                        new CalendarDay(LocalDate.of(2032, 1, 1), CalendarDayKind.HOLIDAY, "Tahun Baru 2032 Masehi"),
                        new CalendarDay(LocalDate.of(2032, 1, 2), CalendarDayKind.HOLIDAY, "Hari libur uji")),
                Instant.now());
        Fixtures.publish(year, Services.source(Services.REQUEST_SERVICE));
        await().atMost(Fixtures.WAIT).until(() -> live.current().status(2032) == YearStatus.OFFICIAL);
        assertTrue(!live.current().isWorkingDay(LocalDate.of(2032, 1, 2), id.go.cilegon.ppid.calendar.Side.BODY));
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(containsString("2032 OFFICIAL (PUBLISHED, version 2032.1, revision 1)"));
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("ppid_calendar_year_official{relative=\"next\""));
    }

    /* Received 3 Jan 2028; 2028's decree adds 10 January, so request-service moves the answer from the 17th to the 18th. */
    @Test
    void recalculatedDatesMoveTheRunningClocksAndAreAnnouncedOnce() {
        String opd = Fixtures.opdCode();
        Fixtures.directory(opd, 1, null);
        TestRequest request = Fixtures.newRequest();
        LocalDate received = LocalDate.of(2028, 1, 3);
        LocalDate due = LocalDate.of(2028, 1, 17);
        LocalDate moved = LocalDate.of(2028, 1, 18);
        clock.officeHours(received);
        Fixtures.submitAndRoute(request, received, due, opd);

        clock.officeHours(LocalDate.of(2028, 1, 5));
        DeadlinesRecalculated recalculated = new DeadlinesRecalculated(
                request.id(),
                2,
                2028,
                1,
                "Kalender hari kerja 2028 resmi: SKB uji, versi 2028.1",
                List.of(new DateChange("dueDate", due, moved)),
                null,
                null,
                null,
                Instant.now());
        EventMetadata meta = Fixtures.request(recalculated);
        await().atMost(Fixtures.WAIT).until(() -> moved.equals(answerClock(request).dueDate));
        assertEquals(
                moved, Fixtures.tracked(request.id()).originalDueDate, "not extended: the original due date moves");
        List<ReminderStep> steps = QuarkusTransaction.requiringNew()
                .call(() -> ReminderStep.<ReminderStep>list("requestId", request.id()));
        assertTrue(
                steps.stream()
                        .filter(s -> s.dueDate.equals(due))
                        .allMatch(s -> s.status == ReminderStep.Status.CANCELLED),
                "the old date's ladder is cancelled");
        assertTrue(steps.stream().anyMatch(s -> s.dueDate.equals(moved) && s.status == ReminderStep.Status.PENDING));

        MailServer.Mail applicant = Fixtures.awaitMails(
                        request.id(), request.applicantEmail(), s -> s.contains("dihitung ulang"), 1)
                .get(0);
        assertTrue(
                applicant.body().contains(DateTexts.full(moved, "id") + ", sebelumnya " + DateTexts.full(due, "id")),
                applicant.body());
        assertTrue(applicant.body().contains("Kalender hari kerja 2028 resmi"), applicant.body());
        Fixtures.awaitMails(request.id(), Fixtures.deskEmail(opd), s -> s.contains("dihitung ulang"), 1);

        // Redelivered (same ce_id): nothing moves again, nobody is told twice. A later correction behind it on the
        // same partition shows the redelivery was read.
        Fixtures.publish(Topics.REQUEST_EVENTS, request.id().toString(), EventJson.writeString(recalculated), meta);
        LocalDate corrected = LocalDate.of(2028, 1, 19);
        Fixtures.request(new DeadlinesRecalculated(
                request.id(),
                3,
                2028,
                2,
                "Kalender hari kerja 2028 resmi: SKB uji, versi 2028.2",
                List.of(new DateChange("dueDate", moved, corrected)),
                null,
                null,
                null,
                Instant.now()));
        await().atMost(Fixtures.WAIT).until(() -> corrected.equals(answerClock(request).dueDate));
        Fixtures.awaitDelivered(request.id());
        assertEquals(
                4,
                notifications(request.id(), "dates-recalculated").size(),
                "per recalculation one message to the applicant and one to the desk, the redelivery none");

        // Once answered, the answer clock is stopped: a later recount of its due date (for the index) tells nobody.
        Fixtures.request(new RequestDecided(
                request.id(),
                4,
                DecisionType.GRANTED,
                new DecisionNotice(
                        "Data timbulan sampah diberikan",
                        List.of(),
                        null,
                        null,
                        CopyFormat.SOFTCOPY,
                        CopyDelivery.EMAIL,
                        0,
                        null,
                        null),
                DecisionSource.PPID_OFFICER,
                opd,
                Instant.now(),
                LocalDate.of(2028, 1, 5),
                corrected,
                true,
                2));
        await().atMost(Fixtures.WAIT).until(() -> answerClock(request).state == Deadline.State.STOPPED);
        Fixtures.request(new DeadlinesRecalculated(
                request.id(),
                5,
                2028,
                3,
                "Kalender hari kerja 2028 resmi: SKB uji, versi 2028.3",
                List.of(new DateChange("dueDate", corrected, moved)),
                true,
                2,
                null,
                Instant.now()));
        await().atMost(Fixtures.WAIT).until(() -> Fixtures.tracked(request.id()).requestSequence == 5);
        Fixtures.awaitDelivered(request.id());
        assertEquals(4, notifications(request.id(), "dates-recalculated").size(), "nobody is told of a stopped clock");
        assertEquals(corrected, answerClock(request).dueDate);
    }

    private static Deadline answerClock(TestRequest request) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Deadline.of(request.id(), SlaClock.ANSWER).orElseThrow());
    }
}
