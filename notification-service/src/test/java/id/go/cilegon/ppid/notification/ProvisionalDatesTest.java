package id.go.cilegon.ppid.notification;

import static id.go.cilegon.ppid.notification.support.Fixtures.notifications;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.calendar.DateTexts;
import id.go.cilegon.ppid.contracts.common.AccessMethod;
import id.go.cilegon.ppid.contracts.common.ApplicantKind;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.FilingChannel;
import id.go.cilegon.ppid.contracts.common.ProvisionalDates;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.notification.domain.Deadline;
import id.go.cilegon.ppid.notification.domain.Notification;
import id.go.cilegon.ppid.notification.service.SlaSweep;
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
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A request whose dates reach into 2027, a year without a loaded decree: every step of its ladder is planned and
 * fires (before this, the "deadline passed" step failed and was never retried), the applicant's and the desk's
 * messages say which dates are estimates, and the operators' deadline view marks them.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(WebhookSecretResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class ProvisionalDatesTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 12, 21);
    /* 22, 23, 28-31 Dec, 4, 5, 6, 7 Jan on the body's side of 2027 (5 Jan, Isra Mikraj, is only a candidate). */
    static final LocalDate DUE = LocalDate.of(2027, 1, 7);
    /* What request-service counted as the last day to object if no answer comes; quoted, never counted here. */
    static final LocalDate UNANSWERED_OBJECTION_DEADLINE = LocalDate.of(2027, 2, 26);
    static final String CAVEAT_ID = " (perkiraan; tanggal pasti mengikuti SKB hari libur 2027)";
    static final String CAVEAT_EN = " (estimate; the exact date follows the 2027 holiday decree)";

    @Inject
    TestClock clock;

    @Inject
    SlaSweep sweep;

    @Inject
    EntityManager em;

    private void sweepOn(LocalDate date) {
        clock.officeHours(date);
        sweep.sweep();
    }

    @Test
    void everyStepOfTheLadderRunsAndEveryMessageSaysWhichDatesAreEstimates() {
        String opd = Fixtures.opdCode();
        Fixtures.directory(opd, 1, null);
        TestRequest request = Fixtures.newRequest();
        clock.officeHours(RECEIVED);
        Fixtures.contact(request, "id");
        Fixtures.request(new RequestSubmitted(
                request.id(),
                1,
                request.registrationNumber(),
                request.applicantId(),
                ApplicantKind.PERSON,
                FilingChannel.ONLINE,
                null,
                List.of(AccessMethod.COPY),
                List.of(CopyDelivery.EMAIL),
                RECEIVED.atTime(LocalTime.of(9, 0)).atZone(TestClock.WIB).toInstant(),
                RECEIVED,
                DUE,
                UNANSWERED_OBJECTION_DEADLINE,
                new ProvisionalDates(List.of("dueDate", "unansweredObjectionDeadline"), List.of(2027))));
        Fixtures.routing(Fixtures.routed(request, 1, opd));

        MailServer.Mail receipt = Fixtures.awaitMails(
                        request.id(), request.applicantEmail(), s -> s.contains("telah kami terima"), 1)
                .get(0);
        assertTrue(receipt.body().contains(DateTexts.full(DUE, "id") + CAVEAT_ID), receipt.body());
        assertTrue(receipt.body().contains(DateTexts.full(DUE, "en") + CAVEAT_EN), receipt.body());
        MailServer.Mail assigned = Fixtures.awaitMails(request.id(), Fixtures.deskEmail(opd), s -> true, 1)
                .get(0);
        assertTrue(assigned.body().contains(DateTexts.full(DUE, "id") + CAVEAT_ID), assigned.body());

        // Three working days before 7 January on the body's side: 6, 5 (a candidate only), 4 January.
        sweepOn(LocalDate.of(2027, 1, 4));
        await().atMost(Fixtures.WAIT)
                .until(() -> notifications(request.id(), "sla-reminder").size() == 1);
        MailServer.Mail reminder = Fixtures.awaitMails(
                        request.id(), Fixtures.deskEmail(opd), s -> s.contains("Sisa 3 hari kerja"), 1)
                .get(0);
        assertTrue(reminder.body().contains(CAVEAT_ID), reminder.body());
        given().auth()
                .oauth2(TestTokens.main())
                .accept("application/json")
                .get("/deadlines/upcoming?within=5&opd=" + opd)
                .then()
                .statusCode(200)
                .body("[0].dueDate", equalTo(DUE.toString()))
                .body("[0].provisional", equalTo(true));

        // An older version failed this step for want of 2027 data and left it in ERROR: the sweep repairs it.
        QuarkusTransaction.requiringNew()
                .run(() ->
                        em.createNativeQuery("""
                update sla_step set status = 'ERROR', note = 'no working-day calendar for 2027'
                where request_id = ?1 and action = 'DEADLINE_PASSED'""").setParameter(1, request.id()).executeUpdate());
        sweepOn(LocalDate.of(2027, 1, 8));
        MailServer.Mail passed = Fixtures.awaitMails(
                        request.id(), request.applicantEmail(), s -> s.contains("belum dijawab"), 1)
                .get(0);
        assertTrue(
                passed.body().contains(DateTexts.full(UNANSWERED_OBJECTION_DEADLINE, "id") + CAVEAT_ID), passed.body());
        assertEquals(
                UNANSWERED_OBJECTION_DEADLINE,
                QuarkusTransaction.requiringNew()
                        .call(() -> Deadline.of(request.id(), SlaClock.OBJECTION_WINDOW)
                                .orElseThrow()
                                .dueDate));
        Fixtures.awaitDelivered(request.id());
        assertTrue(
                notifications(request.id()).stream().allMatch(n -> n.status == Notification.Status.SENT),
                "nothing failed: " + notifications(request.id()));
    }
}
