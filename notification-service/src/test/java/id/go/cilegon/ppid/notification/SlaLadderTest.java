package id.go.cilegon.ppid.notification;

import static id.go.cilegon.ppid.notification.support.Fixtures.awaitDelivered;
import static id.go.cilegon.ppid.notification.support.Fixtures.mailsOfKind;
import static id.go.cilegon.ppid.notification.support.Fixtures.notifications;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.calendar.DateTexts;
import id.go.cilegon.ppid.calendar.Side;
import id.go.cilegon.ppid.calendar.WorkingDayCalendar;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.sla.Recipient;
import id.go.cilegon.ppid.contracts.sla.SlaBreached;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.contracts.sla.SlaWarning;
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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answer clock's ladder under the test clock, on the real broker, database and SMTP server: the desk is
 * reminded 3 and 1 working days before and on the day, the PPID Utama gets the case one working day late and the
 * Atasan PPID three, the applicant learns of the right to object, and every message goes out once.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(WebhookSecretResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class SlaLadderTest {

    /** July 2026 has no public holiday: received Wednesday 1 July, due Wednesday 15 July (10 working days). */
    static final LocalDate RECEIVED = LocalDate.of(2026, 7, 1);

    static final LocalDate DUE = LocalDate.of(2026, 7, 15);

    @Inject
    TestClock clock;

    @Inject
    SlaSweep sweep;

    private void sweepOn(LocalDate date) {
        clock.officeHours(date);
        sweep.sweep();
    }

    @Test
    void fullLadderRemindsTheDeskThenEscalatesAndTellsTheApplicantOfTheRightToObject() {
        String opd = Fixtures.opdCode();
        Fixtures.directory(opd, 1, null);
        TestRequest request = Fixtures.newRequest();
        clock.officeHours(RECEIVED);
        Fixtures.submitAndRoute(request, RECEIVED, DUE, opd);

        MailServer.Mail receipt = Fixtures.awaitMails(
                        request.id(), request.applicantEmail(), s -> s.contains("telah kami terima"), 1)
                .get(0);
        assertTrue(receipt.body().contains(request.registrationNumber()), receipt.body());
        assertTrue(receipt.body().contains("Rabu, 15 Juli 2026"), receipt.body());
        assertTrue(receipt.body().contains("Wednesday, 15 July 2026"), receipt.body());
        Fixtures.awaitMails(request.id(), Fixtures.deskEmail(opd), s -> s.contains("Permohonan baru"), 1);

        sweepOn(LocalDate.of(2026, 7, 9));
        assertEquals(0, Fixtures.notifications(request.id(), "sla-reminder").size());

        sweepOn(LocalDate.of(2026, 7, 10));
        MailServer.Mail threeDays = Fixtures.awaitMails(
                        request.id(), Fixtures.deskEmail(opd), s -> s.contains("Sisa 3 hari kerja"), 1)
                .get(0);
        assertTrue(threeDays.body().contains("Rabu, 15 Juli 2026"), threeDays.body());
        SlaWarning warning = Fixtures.slaEvents(request.id(), EventTypes.SLA_WARNING, SlaWarning.class, 1)
                .get(0);
        assertEquals(SlaClock.ANSWER, warning.clock());
        assertEquals(3, warning.workingDaysLeft());
        assertEquals(DUE, warning.dueDate());
        assertEquals(Recipient.OPD_DESK, warning.notified());
        assertEquals(opd, warning.opdCode());

        sweepOn(LocalDate.of(2026, 7, 14));
        Fixtures.awaitMails(request.id(), Fixtures.deskEmail(opd), s -> s.contains("Sisa 1 hari kerja"), 1);
        sweepOn(DUE);
        Fixtures.awaitMails(request.id(), Fixtures.deskEmail(opd), s -> s.contains("HARI INI"), 1);

        sweepOn(LocalDate.of(2026, 7, 16));
        MailServer.Mail toMain = Fixtures.awaitMails(
                        request.id(), Fixtures.PPID_MAIN_EMAIL, s -> s.contains("ESKALASI"), 1)
                .get(0);
        assertTrue(toMain.subject().contains("terlambat 1 hari kerja"), toMain.subject());
        LocalDate objectionDeadline = WorkingDayCalendar.standard().addWorkingDays(DUE, 30, Side.APPLICANT);
        MailServer.Mail rights = Fixtures.awaitMails(
                        request.id(), request.applicantEmail(), s -> s.contains("hak Anda mengajukan keberatan"), 1)
                .get(0);
        assertTrue(rights.body().contains("Pasal 35 ayat (1) huruf c"), rights.body());
        assertTrue(rights.body().contains(DateTexts.full(objectionDeadline, "id")), rights.body());
        assertTrue(rights.body().contains("Article 35(1)(c)"), rights.body());
        assertTrue(rights.body().contains(DateTexts.full(objectionDeadline, "en")), rights.body());
        Deadline window = QuarkusTransaction.requiringNew()
                .call(() -> Deadline.of(request.id(), SlaClock.OBJECTION_WINDOW).orElseThrow());
        assertEquals(objectionDeadline, window.dueDate);

        sweepOn(LocalDate.of(2026, 7, 17));
        sweepOn(LocalDate.of(2026, 7, 20));
        MailServer.Mail toSuperior = Fixtures.awaitMails(
                        request.id(), Fixtures.SUPERIOR_EMAIL, s -> s.contains("ESKALASI"), 1)
                .get(0);
        assertTrue(toSuperior.subject().contains("terlambat 3 hari kerja"), toSuperior.subject());
        List<SlaBreached> breaches = Fixtures.slaEvents(request.id(), EventTypes.SLA_BREACHED, SlaBreached.class, 2);
        assertEquals(
                List.of(Recipient.PPID_MAIN, Recipient.PPID_SUPERIOR),
                breaches.stream().map(SlaBreached::escalatedTo).toList());
        assertEquals(
                List.of(1, 3),
                breaches.stream().map(SlaBreached::workingDaysOverdue).toList());

        awaitDelivered(request.id());
        assertEquals(3, mailsOfKind(request.id(), "sla-reminder").size());
        assertEquals(2, mailsOfKind(request.id(), "sla-escalation").size());
        assertEquals(1, mailsOfKind(request.id(), "deadline-passed").size());
        assertEquals(
                3,
                Fixtures.slaEvents(request.id(), EventTypes.SLA_WARNING, SlaWarning.class, 3)
                        .size());
    }

    @Test
    void runningTheSweepTwiceOrRedeliveringEventsSendsNothingTwice() {
        String opd = Fixtures.opdCode();
        Fixtures.directory(opd, 1, null);
        TestRequest request = Fixtures.newRequest();
        clock.officeHours(RECEIVED);
        Fixtures.contact(request, "id");
        var submitted = Fixtures.submitted(request, RECEIVED, DUE);
        var meta = Fixtures.request(submitted);
        Fixtures.routing(Fixtures.routed(request, 1, opd));
        await().atMost(Fixtures.WAIT)
                .until(() -> Fixtures.tracked(request.id()) != null
                        && opd.equals(Fixtures.tracked(request.id()).assignedOpdCode));
        // The same event again (same ce_id), and the same fact under a new id (a producer replay).
        Fixtures.publish(
                id.go.cilegon.ppid.contracts.Topics.REQUEST_EVENTS,
                request.id().toString(),
                id.go.cilegon.ppid.contracts.EventJson.writeString(submitted),
                meta);
        var replay = Fixtures.request(submitted);
        // Sweep only once the consumer is past them: a request row it holds is skipped by the sweep until next run.
        await().atMost(Fixtures.WAIT)
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) Deadline.getEntityManager()
                                                .createNativeQuery(
                                                        "select count(*) from processed_event where event_id = ?1")
                                                .setParameter(1, replay.id())
                                                .getSingleResult())
                                        .intValue()
                                == 1));

        sweepOn(LocalDate.of(2026, 7, 10));
        sweepOn(LocalDate.of(2026, 7, 10));
        // A later event proves the consumer is past the redeliveries.
        Fixtures.request(
                new id.go.cilegon.ppid.contracts.request.RequestWithdrawn(request.id(), 2, java.time.Instant.now()));
        await().atMost(Fixtures.WAIT)
                .until(() -> Fixtures.notifications(request.id(), "request-withdrawn")
                                .size()
                        == 1);
        sweepOn(LocalDate.of(2026, 7, 14));

        awaitDelivered(request.id());
        assertEquals(1, notifications(request.id(), "request-received").size());
        assertEquals(1, mailsOfKind(request.id(), "request-received").size());
        assertEquals(1, mailsOfKind(request.id(), "request-assigned").size());
        assertEquals(1, mailsOfKind(request.id(), "sla-reminder").size(), "only the -3 reminder, once");
        assertEquals(
                Deadline.State.STOPPED,
                QuarkusTransaction.requiringNew()
                        .call(() -> Deadline.of(request.id(), SlaClock.ANSWER).orElseThrow().state));
    }

    @Test
    void twoSweepsAtOnceSendEachReminderOnce() throws Exception {
        String opd = Fixtures.opdCode();
        Fixtures.directory(opd, 1, null);
        clock.officeHours(RECEIVED);
        List<TestRequest> requests = List.of(
                Fixtures.newRequest(),
                Fixtures.newRequest(),
                Fixtures.newRequest(),
                Fixtures.newRequest(),
                Fixtures.newRequest());
        for (TestRequest request : requests) {
            Fixtures.submitAndRoute(request, RECEIVED, DUE, opd);
        }
        clock.officeHours(LocalDate.of(2026, 7, 10));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            var first = pool.submit(() -> {
                start.await();
                return sweep.sweep();
            });
            var second = pool.submit(() -> {
                start.await();
                return sweep.sweep();
            });
            start.countDown();
            first.get();
            second.get();
        } finally {
            pool.shutdownNow();
        }
        for (TestRequest request : requests) {
            awaitDelivered(request.id());
            List<Notification> reminders = notifications(request.id(), "sla-reminder");
            assertEquals(1, reminders.size());
            assertEquals(Notification.Status.SENT, reminders.get(0).status);
            assertEquals(1, mailsOfKind(request.id(), "sla-reminder").size());
        }
    }

    @Test
    void aLateSweepSendsOnlyTheLatestReminderOfTheLadder() {
        String opd = Fixtures.opdCode();
        Fixtures.directory(opd, 1, null);
        TestRequest request = Fixtures.newRequest();
        clock.officeHours(RECEIVED);
        Fixtures.submitAndRoute(request, RECEIVED, DUE, opd);
        // The service was down from the 9th: the -3 reminder (10th) is stale on the 14th, the -1 is not.
        sweepOn(LocalDate.of(2026, 7, 14));
        Fixtures.awaitMails(request.id(), Fixtures.deskEmail(opd), s -> s.contains("Sisa 1 hari kerja"), 1);
        awaitDelivered(request.id());
        assertEquals(1, mailsOfKind(request.id(), "sla-reminder").size());
    }

    @Test
    void remindersBeforeTheDayAreNotSentAtNight() {
        String opd = Fixtures.opdCode();
        Fixtures.directory(opd, 1, null);
        TestRequest request = Fixtures.newRequest();
        clock.officeHours(RECEIVED);
        Fixtures.submitAndRoute(request, RECEIVED, DUE, opd);
        clock.setWib(LocalDate.of(2026, 7, 10).atTime(2, 30));
        sweep.sweep();
        assertEquals(0, notifications(request.id(), "sla-reminder").size());
        sweepOn(LocalDate.of(2026, 7, 10));
        assertEquals(1, notifications(request.id(), "sla-reminder").size());
    }
}
