package id.go.cilegon.ppid.notification;

import static id.go.cilegon.ppid.notification.support.Fixtures.mailsOfKind;
import static id.go.cilegon.ppid.notification.support.Fixtures.notifications;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.calendar.DateTexts;
import id.go.cilegon.ppid.calendar.Side;
import id.go.cilegon.ppid.calendar.WorkingDayCalendar;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.CopyFormat;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionSource;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import id.go.cilegon.ppid.contracts.common.ObjectionGround;
import id.go.cilegon.ppid.contracts.common.ObjectionOutcome;
import id.go.cilegon.ppid.contracts.common.ReceiptChannel;
import id.go.cilegon.ppid.contracts.common.WrittenNotice;
import id.go.cilegon.ppid.contracts.request.DisputeFiled;
import id.go.cilegon.ppid.contracts.request.NoticeReceived;
import id.go.cilegon.ppid.contracts.request.ObjectionDecided;
import id.go.cilegon.ppid.contracts.request.ObjectionFiled;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.contracts.request.RequestExtended;
import id.go.cilegon.ppid.contracts.sla.NoticeDelivered;
import id.go.cilegon.ppid.contracts.sla.Recipient;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.contracts.sla.SlaWarning;
import id.go.cilegon.ppid.notification.domain.Deadline;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The applicant is told of every step and the clocks follow the lifecycle: an extension moves the ladder, a
 * decision stops it and opens the objection window, an objection runs the Atasan PPID's clock, its decision opens
 * the dispute window; requests in the routing queue are the PPID Utama's to be reminded about.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(WebhookSecretResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class LifecycleMessagesTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 7, 1);
    static final LocalDate DUE = LocalDate.of(2026, 7, 15);
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard();

    @Inject
    TestClock clock;

    @Inject
    SlaSweep sweep;

    private void sweepOn(LocalDate date) {
        clock.officeHours(date);
        sweep.sweep();
    }

    private static Deadline deadline(UUID requestId, SlaClock slaClock) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Deadline.of(requestId, slaClock).orElse(null));
    }

    /** A request received on {@link #RECEIVED}, due on {@link #DUE} and routed to {@code opd} (in the directory, no webhook). */
    private TestRequest routedTo(String opd) {
        Fixtures.directory(opd, 1, null);
        TestRequest request = Fixtures.newRequest();
        clock.officeHours(RECEIVED);
        Fixtures.submitAndRoute(request, RECEIVED, DUE, opd);
        return request;
    }

    @Test
    void anExtensionMovesTheLadderAndTellsTheApplicantWhy() {
        String opd = Fixtures.opdCode();
        TestRequest request = routedTo(opd);
        sweepOn(LocalDate.of(2026, 7, 10));
        LocalDate extended = CALENDAR.addWorkingDays(DUE, 7, Side.BODY);
        Fixtures.request(new RequestExtended(
                request.id(),
                2,
                "Dokumen AMDAL masih di arsip Dinas Lingkungan Hidup",
                DUE,
                extended,
                Instant.now(),
                opd));
        MailServer.Mail mail = Fixtures.awaitMails(
                        request.id(), request.applicantEmail(), s -> s.contains("diperpanjang"), 1)
                .get(0);
        assertTrue(mail.body().contains("Dokumen AMDAL masih di arsip"), mail.body());
        assertTrue(mail.body().contains(DateTexts.full(extended, "id")), mail.body());

        sweepOn(LocalDate.of(2026, 7, 14));
        sweepOn(DUE);
        sweepOn(LocalDate.of(2026, 7, 16));
        assertEquals(1, notifications(request.id(), "sla-reminder").size(), "the old due date's ladder is gone");
        assertEquals(0, notifications(request.id(), "sla-escalation").size());
        sweepOn(CALENDAR.previousWorkingDay(
                CALENDAR.previousWorkingDay(CALENDAR.previousWorkingDay(extended, Side.BODY), Side.BODY), Side.BODY));
        await().atMost(Fixtures.WAIT)
                .until(() -> notifications(request.id(), "sla-reminder").size() == 2);
        List<SlaWarning> warnings = Fixtures.slaEvents(request.id(), EventTypes.SLA_WARNING, SlaWarning.class, 2);
        assertEquals(
                List.of(DUE, extended),
                warnings.stream().map(SlaWarning::dueDate).toList());
    }

    /** Pasal 22(7)(g): a fee is itemised and comes with how to pay it; a part not held cites no Pasal 17 ground. */
    @Test
    void aDecisionWithAFeeTellsHowToPay() {
        String opd = Fixtures.opdCode();
        TestRequest request = routedTo(opd);
        LocalDate decided = LocalDate.of(2026, 7, 10);
        Fixtures.request(new RequestDecided(
                request.id(),
                2,
                DecisionType.PARTIALLY_GRANTED,
                new DecisionNotice(
                        "Dokumen AMDAL diberikan dalam bentuk cetak",
                        List.of(),
                        null,
                        null,
                        CopyFormat.HARDCOPY,
                        CopyDelivery.COLLECT_IN_PERSON,
                        30000,
                        "Fotokopi 150 lembar",
                        LocalDate.of(2026, 7, 14),
                        "Hasil uji laboratorium 2019 tidak ada di arsip",
                        "Bayar di loket BPKAD dengan kode bayar 0412-2026 sebelum mengambil salinan"),
                DecisionSource.PPID_OFFICER,
                opd,
                Instant.now(),
                decided,
                DUE,
                true,
                7,
                CALENDAR.addWorkingDays(decided, 30, Side.APPLICANT),
                null,
                1));
        MailServer.Mail mail = Fixtures.awaitMails(
                        request.id(), request.applicantEmail(), s -> s.contains("diterima sebagian"), 1)
                .get(0);
        assertTrue(
                mail.body().contains("Biaya penggandaan dan pengiriman: Rp30000 (Fotokopi 150 lembar)"), mail.body());
        assertTrue(
                mail.body().contains("Cara pembayaran: Bayar di loket BPKAD dengan kode bayar 0412-2026"), mail.body());
        assertTrue(
                mail.body().contains("Bagian yang tidak dikuasai (bukan informasi yang dikecualikan): Hasil uji"),
                mail.body());
        assertTrue(mail.body().contains("diambil langsung di meja layanan PPID"), mail.body());
        assertTrue(
                mail.body()
                        .contains("Informasi dapat diperoleh mulai " + DateTexts.full(LocalDate.of(2026, 7, 14), "id")),
                mail.body());
        assertTrue(
                mail.body()
                        .contains("paling lambat "
                                + DateTexts.full(CALENDAR.addWorkingDays(decided, 30, Side.APPLICANT), "id")),
                mail.body());
        assertTrue(mail.body().contains("How to pay (in Indonesian): Bayar di loket BPKAD"), mail.body());
    }

    /**
     * Pasal 35 and 36: the applicant's e-mail with the notice, once delivered, is announced (request-service counts the
     * objection window from that day); a later receipt moves the window's clock. After an upheld objection the corrected
     * decision is mailed as such, its window runs anew, and the applicant may object to it: a second objection.
     */
    @Test
    void aCorrectedDecisionIsMailedAgainAndEachDeliveredNoticeIsAnnounced() {
        String opd = Fixtures.opdCode();
        TestRequest request = routedTo(opd);
        LocalDate decided = LocalDate.of(2026, 7, 13);
        clock.officeHours(decided);
        DecisionNotice refusal = new DecisionNotice(
                "Dokumen AMDAL tidak dapat diberikan",
                List.of(ExemptionGround.H_PERSONAL_SECRET),
                "Memuat data pribadi pekerja",
                null,
                null,
                null,
                0,
                null,
                null);
        Fixtures.request(new RequestDecided(
                request.id(),
                2,
                DecisionType.REFUSED,
                refusal,
                DecisionSource.PPID_OFFICER,
                opd,
                Instant.now(),
                decided,
                DUE,
                true,
                8,
                CALENDAR.addWorkingDays(decided, 30, Side.APPLICANT),
                null,
                1));
        Fixtures.awaitMails(request.id(), request.applicantEmail(), s -> s.contains("ditolak"), 1);
        NoticeDelivered first = Fixtures.slaEvents(
                        request.id(), EventTypes.NOTIFICATION_NOTICE_DELIVERED, NoticeDelivered.class, 1)
                .get(0);
        assertEquals(WrittenNotice.DECISION, first.notice());
        assertEquals(1, first.noticeNumber());
        assertEquals(notifications(request.id(), "request-decided").get(0).id, first.notificationId());

        // Collected at the desk later: the window's clock moves to the later end.
        LocalDate collected = LocalDate.of(2026, 7, 20);
        LocalDate windowEnd = CALENDAR.addWorkingDays(collected, 30, Side.APPLICANT);
        Fixtures.request(new NoticeReceived(
                request.id(),
                3,
                WrittenNotice.DECISION,
                1,
                collected,
                ReceiptChannel.DESK,
                windowEnd,
                null,
                Instant.now()));
        await().atMost(Fixtures.WAIT)
                .until(() -> windowEnd.equals(deadline(request.id(), SlaClock.OBJECTION_WINDOW).dueDate));

        LocalDate filed = LocalDate.of(2026, 7, 22);
        LocalDate decisionDue = CALENDAR.addWorkingDays(filed, 30, Side.BODY);
        Fixtures.request(new ObjectionFiled(
                request.id(),
                4,
                List.of(ObjectionGround.A_REFUSED_EXEMPTION),
                Instant.now(),
                filed,
                decisionDue,
                opd,
                null,
                1,
                false,
                windowEnd,
                CALENDAR.addWorkingDays(decisionDue, 15, Side.APPLICANT)));
        LocalDate upheld = LocalDate.of(2026, 8, 3);
        Fixtures.request(new ObjectionDecided(
                request.id(),
                5,
                ObjectionOutcome.UPHELD,
                "Lampiran dapat dihitamkan, dokumen lain terbuka",
                Instant.now(),
                upheld,
                true,
                CALENDAR.addWorkingDays(upheld, 14, Side.APPLICANT),
                opd,
                null,
                1));
        LocalDate corrected = LocalDate.of(2026, 8, 5);
        clock.officeHours(corrected);
        LocalDate newWindow = CALENDAR.addWorkingDays(corrected, 30, Side.APPLICANT);
        Fixtures.request(new RequestDecided(
                request.id(),
                6,
                DecisionType.PARTIALLY_GRANTED,
                new DecisionNotice(
                        "Dokumen AMDAL diberikan; lampiran data pekerja dihitamkan",
                        List.of(ExemptionGround.H_PERSONAL_SECRET),
                        "Data pribadi pekerja adalah rahasia pribadi",
                        null,
                        CopyFormat.SOFTCOPY,
                        CopyDelivery.EMAIL,
                        0,
                        null,
                        null),
                DecisionSource.PPID_OFFICER,
                opd,
                Instant.now(),
                corrected,
                DUE,
                false,
                25,
                newWindow,
                null,
                2));
        MailServer.Mail mail = Fixtures.awaitMails(
                        request.id(), request.applicantEmail(), s -> s.contains("diterima sebagian"), 1)
                .get(0);
        assertTrue(
                mail.body()
                        .contains("keputusan perbaikan setelah Atasan PPID mengabulkan keberatan Anda; keputusan "
                                + "sebelumnya (nomor 1) tidak berlaku lagi"),
                mail.body());
        assertTrue(mail.body().contains(DateTexts.full(newWindow, "id")), mail.body());
        assertEquals(newWindow, deadline(request.id(), SlaClock.OBJECTION_WINDOW).dueDate);
        assertEquals(Deadline.State.RUNNING, deadline(request.id(), SlaClock.OBJECTION_WINDOW).state);
        List<NoticeDelivered> delivered =
                Fixtures.slaEvents(request.id(), EventTypes.NOTIFICATION_NOTICE_DELIVERED, NoticeDelivered.class, 3);
        assertEquals(
                List.of("DECISION 1", "DECISION 2", "OBJECTION_ANSWER 1"),
                delivered.stream()
                        .map(d -> d.notice() + " " + d.noticeNumber())
                        .sorted()
                        .toList());

        // The corrected decision may be objected to: a second objection, told as such.
        LocalDate again = LocalDate.of(2026, 8, 10);
        Fixtures.request(new ObjectionFiled(
                request.id(),
                7,
                List.of(ObjectionGround.A_REFUSED_EXEMPTION),
                Instant.now(),
                again,
                CALENDAR.addWorkingDays(again, 30, Side.BODY),
                opd,
                null,
                2,
                false,
                newWindow,
                null));
        Fixtures.awaitMails(request.id(), request.applicantEmail(), s -> s.contains("Keberatan"), 2);
        assertEquals(2, notifications(request.id(), "objection-filed").size());
    }

    @Test
    void aDecisionStopsTheClockAndOpensTheObjectionWindow() {
        String opd = Fixtures.opdCode();
        TestRequest request = routedTo(opd);
        LocalDate decided = LocalDate.of(2026, 7, 13);
        clock.officeHours(decided);
        Fixtures.request(new RequestDecided(
                request.id(),
                2,
                DecisionType.PARTIALLY_GRANTED,
                new DecisionNotice(
                        "Dokumen AMDAL diberikan; lampiran data pribadi pekerja dihitamkan",
                        List.of(ExemptionGround.H_PERSONAL_SECRET),
                        "Data pribadi pekerja adalah rahasia pribadi",
                        null,
                        CopyFormat.SOFTCOPY,
                        CopyDelivery.EMAIL,
                        0,
                        null,
                        null),
                DecisionSource.PPID_OFFICER,
                opd,
                Instant.now(),
                decided,
                DUE,
                true,
                8));
        MailServer.Mail mail = Fixtures.awaitMails(
                        request.id(), request.applicantEmail(), s -> s.contains("diterima sebagian"), 1)
                .get(0);
        LocalDate objectionDeadline = CALENDAR.addWorkingDays(decided, 30, Side.APPLICANT);
        assertTrue(mail.body().contains("Pasal 17 huruf h"), mail.body());
        // Pasal 22(7): the whole notice, the consequence test of what is withheld included, and the right to object.
        assertTrue(mail.body().contains("uji konsekuensi): Data pribadi pekerja adalah rahasia pribadi"), mail.body());
        assertTrue(mail.body().contains("Bentuk informasi: salinan elektronik (softcopy)"), mail.body());
        assertTrue(mail.body().contains("Cara penyampaian: dikirim melalui e-mail"), mail.body());
        assertTrue(mail.body().contains("Hak Anda: jika Anda tidak puas"), mail.body());
        assertTrue(mail.body().contains("Tidak ada biaya"), mail.body());
        assertTrue(mail.body().contains(DateTexts.full(objectionDeadline, "id")), mail.body());
        assertTrue(mail.body().contains("partially granted"), mail.body());
        assertEquals(objectionDeadline, deadline(request.id(), SlaClock.OBJECTION_WINDOW).dueDate);
        assertEquals(Deadline.State.STOPPED, deadline(request.id(), SlaClock.ANSWER).state);

        sweepOn(LocalDate.of(2026, 7, 14));
        sweepOn(DUE);
        sweepOn(LocalDate.of(2026, 7, 16));
        assertEquals(0, notifications(request.id(), "sla-reminder").size());
        // The message's data (an OPD system's webhook would carry the same) holds the notice, not just its summary.
        assertEquals(
                "Data pribadi pekerja adalah rahasia pribadi",
                notifications(request.id(), "request-decided").get(0).data.get("exemptionReason"));
        assertEquals(0, notifications(request.id(), "sla-escalation").size());
        assertEquals(0, notifications(request.id(), "deadline-passed").size());
    }

    @Test
    void anObjectionRunsTheAtasanClockAndItsDecisionOpensTheDisputeWindow() {
        String opd = Fixtures.opdCode();
        TestRequest request = routedTo(opd);
        LocalDate filed = LocalDate.of(2026, 7, 20);
        LocalDate decisionDue = CALENDAR.addWorkingDays(filed, 30, Side.BODY);
        clock.officeHours(filed);
        Fixtures.request(new ObjectionFiled(
                request.id(), 2, List.of(ObjectionGround.C_NOT_ANSWERED), Instant.now(), filed, decisionDue, opd));
        Fixtures.awaitMails(request.id(), request.applicantEmail(), s -> s.contains("Keberatan"), 1);
        MailServer.Mail toSuperior = Fixtures.awaitMails(
                        request.id(), Fixtures.SUPERIOR_EMAIL, s -> s.contains("Keberatan baru"), 1)
                .get(0);
        assertTrue(toSuperior.body().contains(DateTexts.full(decisionDue, "id")), toSuperior.body());
        // Ground c: the answer is still owed, so its clock (and escalation) keeps running beside the objection's.
        assertEquals(Deadline.State.RUNNING, deadline(request.id(), SlaClock.ANSWER).state);
        assertEquals(decisionDue, deadline(request.id(), SlaClock.OBJECTION_DECISION).dueDate);

        sweepOn(CALENDAR.previousWorkingDay(decisionDue, Side.BODY));
        Fixtures.awaitMails(request.id(), Fixtures.SUPERIOR_EMAIL, s -> s.contains("Sisa 1 hari kerja"), 1);
        // The overdue answer's own ladder fired in the same sweep; pick the objection clock's warning.
        await().atMost(Fixtures.WAIT)
                .until(() -> Fixtures.slaEvents(request.id(), EventTypes.SLA_WARNING, SlaWarning.class, 1).stream()
                        .anyMatch(w -> w.clock() == SlaClock.OBJECTION_DECISION));
        SlaWarning warning = Fixtures.slaEvents(request.id(), EventTypes.SLA_WARNING, SlaWarning.class, 1).stream()
                .filter(w -> w.clock() == SlaClock.OBJECTION_DECISION)
                .findFirst()
                .orElseThrow();
        assertEquals(1, warning.workingDaysLeft());
        assertEquals(Recipient.PPID_SUPERIOR, warning.notified());

        LocalDate answered = decisionDue;
        LocalDate disputeDeadline = CALENDAR.addWorkingDays(answered, 14, Side.APPLICANT);
        clock.officeHours(answered);
        Fixtures.request(new ObjectionDecided(
                request.id(),
                3,
                ObjectionOutcome.REJECTED,
                "Permohonan telah dijawab pada hari kesepuluh melalui surat",
                Instant.now(),
                answered,
                true,
                disputeDeadline,
                opd));
        MailServer.Mail decided = Fixtures.awaitMails(
                        request.id(), request.applicantEmail(), s -> s.contains("Tanggapan atas keberatan"), 1)
                .get(0);
        assertTrue(decided.body().contains("Komisi Informasi Provinsi Banten"), decided.body());
        assertTrue(decided.body().contains(DateTexts.full(disputeDeadline, "id")), decided.body());
        assertEquals(Deadline.State.RUNNING, deadline(request.id(), SlaClock.DISPUTE_WINDOW).state);

        Fixtures.request(new DisputeFiled(request.id(), 4, answered.plusDays(3), null, true, Instant.now()));
        await().atMost(Fixtures.WAIT)
                .until(() -> deadline(request.id(), SlaClock.DISPUTE_WINDOW).state == Deadline.State.STOPPED);
    }

    /**
     * Pasal 36(2) and 37(2): when the Atasan PPID lets the 30 working days pass, the applicant is told the next working
     * day that they may go to the Komisi Informasi, and by when (request-service's date), and the dispute window runs
     * with its reminder.
     */
    @Test
    void anUnansweredObjectionOpensTheRouteToTheKomisiInformasi() {
        String opd = Fixtures.opdCode();
        TestRequest request = routedTo(opd);
        LocalDate filed = LocalDate.of(2026, 7, 20);
        LocalDate decisionDue = CALENDAR.addWorkingDays(filed, 30, Side.BODY);
        LocalDate disputeDeadline =
                CALENDAR.addWorkingDays(CALENDAR.nextWorkingDay(decisionDue, Side.APPLICANT), 14, Side.APPLICANT);
        clock.officeHours(filed);
        Fixtures.request(new ObjectionFiled(
                request.id(),
                2,
                List.of(ObjectionGround.C_NOT_ANSWERED),
                Instant.now(),
                filed,
                decisionDue,
                opd,
                null,
                1,
                false,
                filed,
                disputeDeadline));
        await().atMost(Fixtures.WAIT).until(() -> deadline(request.id(), SlaClock.OBJECTION_DECISION) != null);

        sweepOn(CALENDAR.nextWorkingDay(decisionDue, Side.BODY));
        MailServer.Mail mail = Fixtures.awaitMails(
                        request.id(), request.applicantEmail(), s -> s.contains("hak Anda ke Komisi Informasi"), 1)
                .get(0);
        assertTrue(mail.body().contains("Pasal 37"), mail.body());
        assertTrue(
                mail.body()
                        .contains("Komisi Informasi Provinsi Banten paling lambat "
                                + DateTexts.full(disputeDeadline, "id")),
                mail.body());
        assertEquals(disputeDeadline, deadline(request.id(), SlaClock.DISPUTE_WINDOW).dueDate);
        assertEquals(Deadline.State.RUNNING, deadline(request.id(), SlaClock.DISPUTE_WINDOW).state);

        // The dispute window is a clock with its reminder: three working days before its end.
        LocalDate threeBefore = CALENDAR.previousWorkingDay(
                CALENDAR.previousWorkingDay(
                        CALENDAR.previousWorkingDay(disputeDeadline, Side.APPLICANT), Side.APPLICANT),
                Side.APPLICANT);
        sweepOn(threeBefore);
        await().atMost(Fixtures.WAIT)
                .until(() -> notifications(request.id(), "window-closing").size() == 1);
        assertEquals(1, notifications(request.id(), "objection-unanswered").size(), "told once");
    }

    @Test
    void aQueuedRequestIsThePpidUtamasAndAnEnglishReaderGetsEnglishFirst() {
        TestRequest request = Fixtures.newRequest();
        clock.officeHours(RECEIVED);
        Fixtures.contact(request, "en");
        Fixtures.request(Fixtures.submitted(request, RECEIVED, DUE));
        Fixtures.routing(Fixtures.queued(request, 1));
        await().atMost(Fixtures.WAIT)
                .until(() -> Fixtures.tracked(request.id()) != null && Fixtures.tracked(request.id()).queued);
        Fixtures.awaitMails(request.id(), Fixtures.PPID_MAIN_EMAIL, s -> s.contains("menunggu penetapan OPD"), 1);
        MailServer.Mail receipt = Fixtures.awaitMails(
                        request.id(), request.applicantEmail(), s -> s.contains("We received"), 1)
                .get(0);
        assertTrue(receipt.body().indexOf("Dear Siti") < receipt.body().indexOf("Yth. Siti"), receipt.body());

        sweepOn(LocalDate.of(2026, 7, 10));
        Fixtures.awaitMails(request.id(), Fixtures.PPID_MAIN_EMAIL, s -> s.contains("Sisa 3 hari kerja"), 1);
        assertEquals(mailsOfKind(request.id(), "sla-reminder").size(), 1);
    }
}
