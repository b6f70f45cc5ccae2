package id.go.cilegon.ppid.request;

import static id.go.cilegon.ppid.request.Fixtures.as;
import static id.go.cilegon.ppid.request.Fixtures.form;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.request.DisputeFiled;
import id.go.cilegon.ppid.contracts.request.ObjectionFiled;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every step of the legal lifecycle over HTTP, each allowed transition and each refusal, with time
 * moved by the test clock. Requests are assigned to an OPD through a real routing event on Kafka.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class LifecycleTest {

    private static final String OPD = "DLH";

    @Inject
    TestClock clock;

    private String applicant;
    private String officer;

    @BeforeEach
    void mondayInMay2026() {
        // Monday 4 May 2026: received that day, the answer is due Wednesday 20 May 2026
        // (5-8, 11-13 May = 7 days; 14 May Kenaikan, 15 May cuti bersama; 18, 19, 20 May = 8, 9, 10).
        at(2026, 5, 4);
        applicant = TestTokens.applicant("citizen-" + UUID.randomUUID());
        officer = TestTokens.officer("petugas-" + OPD, OPD);
    }

    private void at(int year, int month, int day) {
        clock.setWib(LocalDateTime.of(year, month, day, 10, 0));
    }

    /** Submits as the applicant and waits until the routing event has assigned it to {@link #OPD}. */
    private UUID assignedRequest() {
        return Fixtures.submitAssigned(applicant, OPD);
    }

    private static Map<String, Object> granted() {
        return Map.of(
                "decision",
                "GRANTED",
                "summary",
                "Salinan dokumen AMDAL dikirim lengkap",
                "format",
                "SOFTCOPY",
                "delivery",
                "EMAIL",
                "feeRupiah",
                0);
    }

    private static Map<String, Object> refused() {
        return Map.of(
                "decision",
                "REFUSED",
                "summary",
                "Dokumen tidak dapat diberikan",
                "exemptionGrounds",
                List.of("H_PERSONAL_SECRET"),
                "exemptionReason",
                "Memuat data pribadi pemilik usaha; membukanya merugikan hak pribadi");
    }

    @Test
    void dueDateIsTheTenthWorkingDay() {
        as(applicant).body(form()).post("/requests").then().statusCode(201).body("dueDate", equalTo("2026-05-20"));
    }

    @Test
    void assignedOfficerExtendsOnceWithReasons() {
        UUID id = assignedRequest();
        at(2026, 5, 18);
        as(officer)
                .body(Map.of("reason", "Dokumen masih dihimpun dari arsip bidang tata lingkungan"))
                .post("/requests/" + id + "/extension")
                .then()
                .statusCode(200)
                .body("status", equalTo("EXTENDED"))
                // 7 working days after 20 May: 21, 22, 25, 26, 29 May (27 Idul Adha, 28 cuti bersama),
                // 2, 3 June (1 June Hari Lahir Pancasila).
                .body("dueDate", equalTo("2026-06-03"))
                .body("extension.previousDueDate", equalTo("2026-05-20"));
        as(officer)
                .body(Map.of("reason", "Masih ada dokumen yang harus dicari"))
                .post("/requests/" + id + "/extension")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("extension-already-used"))
                .body("detail_id", containsString("satu kali"));
    }

    /** Pasal 22(8): the extension is "at most" 7 working days; the officer chooses how many. */
    @Test
    void theOfficerChoosesHowManyWorkingDaysUpToSeven() {
        UUID id = assignedRequest();
        at(2026, 5, 18);
        as(officer)
                .body(Map.of("reason", "Dokumen masih dihimpun dari arsip", "workingDays", 8))
                .post("/requests/" + id + "/extension")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("workingDays"))
                .body("violations.message_id", hasItem("harus antara 1 dan 7"));
        as(officer)
                .body(Map.of("reason", "Dokumen masih dihimpun dari arsip", "workingDays", 0))
                .post("/requests/" + id + "/extension")
                .then()
                .statusCode(400);
        // 3 working days after 20 May: 21, 22, 25 May.
        as(officer)
                .body(Map.of("reason", "Dokumen masih dihimpun dari arsip", "workingDays", 3))
                .post("/requests/" + id + "/extension")
                .then()
                .statusCode(200)
                .body("dueDate", equalTo("2026-05-25"))
                .body("dueDateExplanation.workingDays", equalTo(3));
    }

    @Test
    void extensionNeedsReasonsAndMustComeBeforeTheDueDate() {
        UUID id = assignedRequest();
        as(officer)
                .body(Map.of("reason", ""))
                .post("/requests/" + id + "/extension")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("reason"));
        at(2026, 5, 21);
        as(officer)
                .body(Map.of("reason", "Dokumen masih dihimpun dari arsip"))
                .post("/requests/" + id + "/extension")
                .then()
                .statusCode(409)
                .body("code", equalTo("extension-after-due-date"));
    }

    @Test
    void onlyTheAssignedOpdOrThePpidUtamaMayAnswer() {
        UUID id = assignedRequest();
        as(TestTokens.officer("petugas-dpupr", "DPUPR"))
                .body(granted())
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(403)
                .body("code", equalTo("other-opd"));
        as(applicant)
                .body(granted())
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(403)
                .body("code", equalTo("role-not-allowed"));
        as(TestTokens.superior())
                .body(granted())
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(403);
        as(TestTokens.main())
                .body(granted())
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(200);
    }

    @Test
    void unassignedRequestCannotBeAnsweredByAnOfficer() {
        UUID id = Fixtures.submit(applicant, form());
        as(officer).body(granted()).post("/requests/" + id + "/decision").then().statusCode(403);
    }

    @Test
    void decisionIsPublishedOnceAndCannotBeGivenTwice() {
        UUID id = assignedRequest();
        at(2026, 5, 12);
        as(officer)
                .body(granted())
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.type", equalTo("GRANTED"))
                .body("decision.onTime", equalTo(true));
        as(officer)
                .body(refused())
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(409)
                .body("code", equalTo("already-decided"));

        ConsumerRecord<String, String> event = KafkaTestClient.consumeFirst(
                Topics.REQUEST_EVENTS,
                r -> r.key().equals(id.toString())
                        && EventTypes.REQUEST_DECIDED.equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(30));
        RequestDecided decided = EventJson.read(event.value().getBytes(), RequestDecided.class);
        assertEquals(OPD, decided.opdCode());
        assertEquals(6, decided.workingDaysTaken());
        assertEquals(2, decided.sequence());
    }

    @Test
    void noticeMustCarryWhatTheLawRequires() {
        UUID id = assignedRequest();
        as(officer)
                .body(Map.of("decision", "REFUSED", "summary", "Ditolak"))
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(400)
                .body("violations.code", hasItem("exemption-ground-required"))
                .body("violations.field", hasItem("exemptionReason"));
        as(officer)
                .body(Map.of(
                        "decision",
                        "GRANTED",
                        "summary",
                        "Diberikan",
                        "format",
                        "SOFTCOPY",
                        "delivery",
                        "EMAIL",
                        "feeRupiah",
                        50000,
                        "feeExplanation",
                        "Fotokopi"))
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(400)
                .body("violations.code", hasItem("electronic-copy-free"));
        // Pasal 22(7)(g): a fee comes itemised and with how to pay it.
        as(officer)
                .body(Map.of(
                        "decision",
                        "GRANTED",
                        "summary",
                        "Diberikan",
                        "format",
                        "HARDCOPY",
                        "delivery",
                        "POST",
                        "feeRupiah",
                        50000,
                        "feeExplanation",
                        "Fotokopi 100 lembar dan ongkos kirim"))
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("paymentInstructions"))
                .body("violations.message_id", hasItem(containsString("cara dan tempat pembayarannya")));
        // A partial grant says what it does not give: withheld under Pasal 17, or not held (no Pasal 17 for that).
        as(officer)
                .body(Map.of(
                        "decision",
                        "PARTIALLY_GRANTED",
                        "summary",
                        "Sebagian",
                        "format",
                        "SOFTCOPY",
                        "delivery",
                        "EMAIL"))
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(400)
                .body("violations.code", hasItem("partial-grant-unexplained"));
        as(officer)
                .body(Map.of(
                        "decision",
                        "GRANTED",
                        "summary",
                        "Diberikan",
                        "format",
                        "SOFTCOPY",
                        "delivery",
                        "EMAIL",
                        "notHeldPart",
                        "Lampiran B"))
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(400)
                .body("violations.code", hasItem("not-held-part-not-allowed"));
        as(officer)
                .body(Map.of("decision", "MAYBE", "summary", "x"))
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("decision"));
        as(officer).get("/requests/" + id).then().body("status", equalTo("REGISTERED"));
    }

    /**
     * Pasal 22(7)(b)-(c): a body that does not hold the information says so and names the holder when it knows it;
     * a partial grant cites Pasal 17 only for what it withholds, not for the part it does not hold.
     */
    @Test
    void notHeldNamesTheHolderOnlyWhenKnownAndAPartNotHeldCitesNoException() {
        UUID unknownHolder = assignedRequest();
        as(officer)
                .body(Map.of(
                        "decision",
                        "NOT_HELD",
                        "summary",
                        "Informasi tidak dikuasai DLH; pemegangnya tidak " + "diketahui"))
                .post("/requests/" + unknownHolder + "/decision")
                .then()
                .statusCode(200)
                .body("decision.type", equalTo("NOT_HELD"));
        UUID partly = assignedRequest();
        as(officer)
                .body(Map.of(
                        "decision",
                        "PARTIALLY_GRANTED",
                        "summary",
                        "Dokumen AMDAL diberikan",
                        "notHeldPart",
                        "Hasil uji laboratorium 2019 tidak ada di arsip DLH",
                        "format",
                        "HARDCOPY",
                        "delivery",
                        "POST",
                        "feeRupiah",
                        25000,
                        "feeExplanation",
                        "Fotokopi 50 lembar",
                        "paymentInstructions",
                        "Transfer ke rekening kas daerah, kode bayar pada surat ini"))
                .post("/requests/" + partly + "/decision")
                .then()
                .statusCode(200)
                .body("decision.notice.notHeldPart", equalTo("Hasil uji laboratorium 2019 tidak ada di arsip DLH"))
                .body("decision.notice.exemptionGrounds", org.hamcrest.Matchers.empty())
                .body("decision.notice.paymentInstructions", containsString("kode bayar"));
    }

    @Test
    void applicantWithdrawsBeforeTheAnswerButNotAfter() {
        UUID open = assignedRequest();
        as(TestTokens.applicant("someone-else"))
                .body(Map.of("reason", "x"))
                .post("/requests/" + open + "/withdrawal")
                .then()
                .statusCode(403)
                .body("code", equalTo("not-the-applicant"));
        as(applicant)
                .body(Map.of("reason", "Sudah mendapat data dari sumber lain"))
                .post("/requests/" + open + "/withdrawal")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as(applicant)
                .body(Map.of("grounds", List.of("C_NOT_ANSWERED"), "statement", "Tidak dijawab sama sekali"))
                .post("/requests/" + open + "/objection")
                .then()
                .statusCode(409)
                .body("code", equalTo("request-withdrawn"));

        UUID answered = assignedRequest();
        as(officer)
                .body(granted())
                .post("/requests/" + answered + "/decision")
                .then()
                .statusCode(200);
        as(applicant)
                .body(Map.of())
                .post("/requests/" + answered + "/withdrawal")
                .then()
                .statusCode(409)
                .body("code", equalTo("withdrawal-not-possible"));
    }

    /**
     * Only the applicant's will withdraws a request: the desk withdraws a walk-in request on the applicant's signed
     * statement, whose reference it records, and once the answer is overdue (Pasal 35(1) c) only the PPID Utama may.
     */
    @Test
    void theDeskWithdrawsForAWalkInApplicantOnlyOnTheirSignedStatement() {
        UUID walkIn = Fixtures.submit(officer, form());
        as(officer)
                .body(Map.of("reason", "Pemohon tidak memerlukan lagi"))
                .post("/requests/" + walkIn + "/withdrawal")
                .then()
                .statusCode(409)
                .body("code", equalTo("withdrawal-statement-required"));
        as(officer)
                .body(Map.of(
                        "reason",
                        "Pemohon tidak memerlukan lagi",
                        "statementReference",
                        "Surat pernyataan 014/PPID-DLH/V/2026"))
                .post("/requests/" + walkIn + "/withdrawal")
                .then()
                .statusCode(200)
                .body("withdrawal.withdrawnBy", equalTo("PPID_OFFICER"))
                .body("withdrawal.statementReference", equalTo("Surat pernyataan 014/PPID-DLH/V/2026"));
        as(officer)
                .get("/requests/" + walkIn + "/timeline")
                .then()
                .statusCode(200)
                .body("find { it.step == 'WITHDRAWN' }.note", containsString("signed statement Surat pernyataan 014"));

        // Overdue: the desk may not make its own lateness disappear; the PPID Utama may, on the statement.
        UUID overdue = Fixtures.submit(officer, form());
        at(2026, 5, 21);
        Map<String, Object> statement = Map.of("statementReference", "Surat pernyataan 015/PPID-DLH/V/2026");
        as(officer)
                .body(statement)
                .post("/requests/" + overdue + "/withdrawal")
                .then()
                .statusCode(409)
                .body("code", equalTo("withdrawal-needs-ppid-main"));
        as(TestTokens.main())
                .body(statement)
                .post("/requests/" + overdue + "/withdrawal")
                .then()
                .statusCode(200)
                .body("withdrawal.withdrawnBy", equalTo("PPID_MAIN"));
    }

    @Test
    void objectionForNoAnswerOnlyOnceTheDeadlineHasPassed() {
        UUID id = assignedRequest();
        Map<String, Object> noAnswer = Map.of(
                "grounds",
                List.of("C_NOT_ANSWERED"),
                "statement",
                "Permohonan saya tidak ditanggapi sampai batas waktu");
        at(2026, 5, 20);
        as(applicant)
                .body(noAnswer)
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(409)
                .body("code", equalTo("objection-ground-not-arisen"));
        at(2026, 5, 21);
        as(applicant)
                .body(noAnswer)
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(200)
                .body("status", equalTo("OBJECTION_FILED"))
                // 30 working days after 21 May 2026 (27 May, 1 Jun and 16 Jun are holidays, 28 May cuti bersama).
                .body("objection.decisionDueDate", equalTo("2026-07-08"))
                // Pasal 37(2): unanswered, the route to the Komisi Informasi opens on 9 July; 14 working days from
                // then.
                .body("objection.unansweredDisputeDeadline", equalTo("2026-07-29"));
        as(applicant)
                .body(noAnswer)
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(409)
                .body("code", equalTo("objection-already-filed"));
        // A late answer is still recorded while the objection is open.
        as(officer)
                .body(granted())
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("OBJECTION_FILED"))
                .body("decision.onTime", equalTo(false));
    }

    @Test
    void groundsMustFitTheAnswerAndTheWindow() {
        UUID id = assignedRequest();
        at(2026, 5, 6);
        as(officer).body(granted()).post("/requests/" + id + "/decision").then().statusCode(200);
        as(applicant)
                .body(Map.of("grounds", List.of("A_REFUSED_EXEMPTION"), "statement", "Permohonan saya ditolak"))
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(409)
                .body("code", equalTo("objection-ground-not-arisen"));
        as(applicant)
                .body(Map.of("grounds", List.of("F_UNREASONABLE_FEE"), "statement", "Biaya terlalu mahal"))
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(409)
                .body("detail", containsString("no fee"));
        // 30 working days after 6 May 2026 end on 25 June 2026 (the decision's date: its delivery is not known).
        at(2026, 6, 25);
        as(applicant)
                .body(Map.of("grounds", List.of("D_NOT_AS_REQUESTED"), "statement", "Yang diberikan bukan AMDAL"))
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(200)
                .body("objection.windowEnd", equalTo("2026-06-25"))
                .body("objection.late", equalTo(false));
    }

    /**
     * Pasal 35-36(1): an objection after its window is never refused by the system: it is accepted and flagged for
     * the Atasan PPID, who rules on it. Pasal 37(2): likewise a late dispute, whose admissibility is the Komisi
     * Informasi's.
     */
    @Test
    void lateObjectionsAndDisputesAreAcceptedAndFlaggedNotRefused() {
        UUID id = assignedRequest();
        at(2026, 5, 6);
        as(officer).body(refused()).post("/requests/" + id + "/decision").then().statusCode(200);
        at(2026, 6, 26);
        as(applicant)
                .body(Map.of("grounds", List.of("A_REFUSED_EXEMPTION"), "statement", "AMDAL dokumen publik"))
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(200)
                .body("status", equalTo("OBJECTION_FILED"))
                .body("objection.late", equalTo(true))
                .body("objection.windowEnd", equalTo("2026-06-25"));
        as(applicant)
                .get("/requests/" + id + "/timeline")
                .then()
                .body("find { it.step == 'OBJECTION_FILED' }.note", containsString("for the Atasan PPID to rule on"));
        ObjectionFiled filed = EventJson.read(
                KafkaTestClient.consumeFirst(
                                Topics.REQUEST_EVENTS,
                                r -> r.key().equals(id.toString())
                                        && EventTypes.REQUEST_OBJECTION_FILED.equals(
                                                KafkaTestClient.header(r, "ce_type")),
                                Duration.ofSeconds(30))
                        .value()
                        .getBytes(),
                ObjectionFiled.class);
        assertEquals(Boolean.TRUE, filed.late());

        at(2026, 6, 29);
        as(TestTokens.superior())
                .body(Map.of("outcome", "REJECTED", "reasons", "Diajukan lewat waktu dan tidak berdasar"))
                .post("/requests/" + id + "/objection/decision")
                .then()
                .statusCode(200);
        // 14 working days after 29 June 2026 end on 17 July; the dispute was filed with the Komisi on 20 July.
        at(2026, 7, 21);
        as(applicant)
                .body(Map.of("filedDate", "2026-07-20"))
                .post("/requests/" + id + "/dispute")
                .then()
                .statusCode(200)
                .body("status", equalTo("DISPUTED"))
                .body("dispute.late", equalTo(true));
        DisputeFiled dispute = EventJson.read(
                KafkaTestClient.consumeFirst(
                                Topics.REQUEST_EVENTS,
                                r -> r.key().equals(id.toString())
                                        && EventTypes.REQUEST_DISPUTE_FILED.equals(
                                                KafkaTestClient.header(r, "ce_type")),
                                Duration.ofSeconds(30))
                        .value()
                        .getBytes(),
                DisputeFiled.class);
        assertEquals(false, dispute.withinDeadline());
    }

    @Test
    void atasanDecidesTheObjectionAndTheApplicantTakesItToTheKomisiInformasi() {
        UUID id = assignedRequest();
        at(2026, 5, 8);
        as(officer).body(refused()).post("/requests/" + id + "/decision").then().statusCode(200);
        at(2026, 5, 11);
        as(applicant)
                .body(Map.of(
                        "grounds",
                        List.of("A_REFUSED_EXEMPTION"),
                        "statement",
                        "AMDAL adalah dokumen publik menurut PP 22/2021"))
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(200);

        Map<String, Object> rejected =
                Map.of("outcome", "REJECTED", "reasons", "Penolakan PPID sesuai uji konsekuensi Pasal 17 huruf h");
        as(TestTokens.main())
                .body(rejected)
                .post("/requests/" + id + "/objection/decision")
                .then()
                .statusCode(403);
        as(officer)
                .body(rejected)
                .post("/requests/" + id + "/objection/decision")
                .then()
                .statusCode(403);
        as(TestTokens.superior())
                .body(Map.of("outcome", "REJECTED", "reasons", ""))
                .post("/requests/" + id + "/objection/decision")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("reasons"));
        at(2026, 5, 20);
        as(TestTokens.superior())
                .body(rejected)
                .post("/requests/" + id + "/objection/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("OBJECTION_DECIDED"))
                // 14 working days after 20 May 2026.
                .body("objection.disputeDeadline", equalTo("2026-06-12"));
        as(TestTokens.superior())
                .body(rejected)
                .post("/requests/" + id + "/objection/decision")
                .then()
                .statusCode(409)
                .body("code", equalTo("no-open-objection"));

        at(2026, 6, 16);
        as(applicant)
                .body(Map.of("filedDate", "2026-06-17"))
                .post("/requests/" + id + "/dispute")
                .then()
                .statusCode(409)
                .body("code", equalTo("dispute-date-in-future"));
        as(applicant)
                .body(Map.of())
                .post("/requests/" + id + "/dispute")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("filedDate"));
        as(TestTokens.applicant("someone-else"))
                .body(Map.of("filedDate", "2026-06-12"))
                .post("/requests/" + id + "/dispute")
                .then()
                .statusCode(403);
        as(applicant)
                .body(Map.of("filedDate", "2026-06-12", "caseNumber", "012/REG-PSI/VI/2026"))
                .post("/requests/" + id + "/dispute")
                .then()
                .statusCode(200)
                .body("status", equalTo("DISPUTED"))
                .body("dispute.caseNumber", equalTo("012/REG-PSI/VI/2026"))
                .body("dispute.late", equalTo(false));

        as(applicant)
                .get("/requests/" + id + "/timeline")
                .then()
                .statusCode(200)
                .body(
                        "step",
                        contains(
                                "SUBMITTED",
                                "ROUTED",
                                "DECIDED",
                                "OBJECTION_FILED",
                                "OBJECTION_DECIDED",
                                "DISPUTE_FILED"));
    }

    @Test
    void disputeOnlyAfterTheObjectionStage() {
        UUID id = assignedRequest();
        as(applicant)
                .body(Map.of("filedDate", "2026-05-04"))
                .post("/requests/" + id + "/dispute")
                .then()
                .statusCode(409)
                .body("code", equalTo("dispute-not-possible"));
    }

    @Test
    void everyoneSeesOnlyWhatIsTheirs() {
        UUID id = assignedRequest();
        as(applicant).get("/requests/" + id).then().statusCode(200);
        as(officer).get("/requests/" + id).then().statusCode(200);
        as(TestTokens.main()).get("/requests/" + id).then().statusCode(200);
        as(TestTokens.superior()).get("/requests/" + id).then().statusCode(200);
        as(TestTokens.applicant("someone-else"))
                .get("/requests/" + id)
                .then()
                .statusCode(403)
                .body("code", equalTo("not-your-request"));
        as(TestTokens.officer("petugas-dpupr", "DPUPR"))
                .get("/requests/" + id)
                .then()
                .statusCode(403)
                .body("code", equalTo("other-opd"));
        as(TestTokens.officer("petugas-dpupr", "DPUPR"))
                .get("/requests/" + id + "/timeline")
                .then()
                .statusCode(403);
        as(TestTokens.admin()).get("/requests/" + id).then().statusCode(403);
        as(TestTokens.main()).get("/requests/" + UUID.randomUUID()).then().statusCode(404);

        List<String> seenByOtherOpd = as(TestTokens.officer("petugas-dpupr", "DPUPR"))
                .get("/requests?size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id");
        List<String> seenByOpd = as(officer)
                .get("/requests?size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id");
        List<String> seenByOther = as(TestTokens.applicant("someone-else"))
                .get("/requests")
                .then()
                .extract()
                .jsonPath()
                .getList("id");
        assertEquals(false, seenByOtherOpd.contains(id.toString()));
        assertEquals(true, seenByOpd.contains(id.toString()));
        assertEquals(false, seenByOther.contains(id.toString()));
        as(applicant).get("/requests").then().body("id", contains(id.toString()));
    }

    @Test
    void listRejectsBadPaging() {
        as(TestTokens.main())
                .get("/requests?size=1000")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("size"))
                // A page size is a number, not a text: not "characters long".
                .body("violations.find { it.field == 'size' }.message", equalTo("must be between 1 and 100"))
                .body("violations.find { it.field == 'size' }.message_id", equalTo("harus antara 1 dan 100"));
    }

    @Test
    void eventsOfOneRequestAreNumberedInOrder() {
        UUID id = assignedRequest();
        as(officer)
                .body(Map.of("reason", "Dokumen masih dihimpun dari arsip"))
                .post("/requests/" + id + "/extension")
                .then()
                .statusCode(200);
        as(officer).body(granted()).post("/requests/" + id + "/decision").then().statusCode(200);
        List<ConsumerRecord<String, String>> events = KafkaTestClient.consume(
                Topics.REQUEST_EVENTS, r -> r.key().equals(id.toString()), 3, Duration.ofSeconds(30));
        assertEquals(
                List.of(EventTypes.REQUEST_SUBMITTED, EventTypes.REQUEST_EXTENDED, EventTypes.REQUEST_DECIDED),
                events.stream().map(r -> KafkaTestClient.header(r, "ce_type")).collect(Collectors.toList()));
    }
}
