package id.go.cilegon.ppid.request;

import static id.go.cilegon.ppid.request.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.calendar.Side;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.common.ReceiptChannel;
import id.go.cilegon.ppid.contracts.common.WrittenNotice;
import id.go.cilegon.ppid.contracts.request.NoticeReceived;
import id.go.cilegon.ppid.contracts.request.ObjectionFiled;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.contracts.sla.Channel;
import id.go.cilegon.ppid.contracts.sla.NoticeDelivered;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.request.domain.TimelineEntry;
import id.go.cilegon.ppid.request.service.DeadlinePolicy;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The applicant's windows as UU 14/2008 counts them: from when the applicant received the written notice (Pasal 35-36(1)
 * for the objection, 37(2) for the dispute), and a corrected decision after an upheld objection (Pasal 36), which the
 * applicant may object to again. On the real broker and database; dates are counted by the service's own calendar.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class ApplicantRightsTest {

    private static final String OPD = "DLH";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String NOTIFICATION = Services.source(Services.NOTIFICATION_SERVICE);

    @Inject
    TestClock clock;

    @Inject
    DeadlinePolicy deadlines;

    private String applicant;
    private String officer;

    @BeforeEach
    void received() {
        // Monday 4 May 2026; answered Wednesday 20 May, its due date.
        at(LocalDate.of(2026, 5, 4));
        applicant = TestTokens.applicant("citizen-" + UUID.randomUUID());
        officer = TestTokens.officer("petugas-" + OPD, OPD);
    }

    private void at(LocalDate day) {
        clock.setWib(LocalDateTime.of(day, java.time.LocalTime.of(10, 0)));
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

    private UUID refusedOn(LocalDate day) {
        UUID id = Fixtures.submitAssigned(applicant, OPD);
        at(day);
        as(officer).body(refused()).post("/requests/" + id + "/decision").then().statusCode(200);
        return id;
    }

    private <T> List<T> events(UUID id, String type, Class<T> payload, int count) {
        return KafkaTestClient.consume(
                        Topics.REQUEST_EVENTS,
                        r -> r.key().equals(id.toString()) && type.equals(KafkaTestClient.header(r, "ce_type")),
                        count,
                        WAIT)
                .stream()
                .map(r -> EventJson.read(r.value().getBytes(), payload))
                .toList();
    }

    /**
     * Pasal 35-36(1): 30 working days from when the grounds are found, that is when the applicant received the notice.
     * A walk-in applicant collects it at the desk a week later: the window runs from then, and an objection after the
     * decision's own window but inside that one is in time.
     */
    @Test
    void theObjectionWindowRunsFromWhenTheApplicantReceivedTheDecision() {
        LocalDate decided = LocalDate.of(2026, 5, 20);
        UUID id = refusedOn(decided);
        LocalDate fromDecision = deadlines.objectionWindowEnd(decided);
        as(applicant)
                .get("/requests/" + id)
                .then()
                .statusCode(200)
                .body("decision.number", equalTo(1))
                .body("decision.objectionDeadline", equalTo(fromDecision.toString()))
                .body("decision.noticeReceivedDate", nullValue());

        LocalDate collected = LocalDate.of(2026, 5, 29);
        at(LocalDate.of(2026, 6, 2));
        // Who may say so: the desk of the request's OPD, with a date and how; never another OPD or another applicant.
        Map<String, Object> atDesk = Map.of("notice", "DECISION", "receivedOn", collected.toString(), "via", "DESK");
        as(TestTokens.officer("petugas-dpupr", "DPUPR"))
                .body(atDesk)
                .post("/requests/" + id + "/notice-receipt")
                .then()
                .statusCode(403);
        as(TestTokens.applicant("warga-lain-" + UUID.randomUUID()))
                .body(Map.of("notice", "DECISION"))
                .post("/requests/" + id + "/notice-receipt")
                .then()
                .statusCode(403);
        as(officer)
                .body(Map.of("notice", "DECISION", "via", "EMAIL"))
                .post("/requests/" + id + "/notice-receipt")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("via"))
                .body("violations.field", hasItem("receivedOn"));
        as(applicant)
                .body(Map.of("notice", "DECISION", "receivedOn", collected.toString()))
                .post("/requests/" + id + "/notice-receipt")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("receivedOn"))
                .body("violations.message_id", hasItem(containsString("dicatat oleh petugas")));
        as(officer)
                .body(Map.of("notice", "DECISION", "receivedOn", "2026-05-19", "via", "DESK"))
                .post("/requests/" + id + "/notice-receipt")
                .then()
                .statusCode(409)
                .body("code", equalTo("notice-receipt-date"));
        as(officer)
                .body(Map.of("notice", "OBJECTION_ANSWER", "receivedOn", collected.toString(), "via", "DESK"))
                .post("/requests/" + id + "/notice-receipt")
                .then()
                .statusCode(409)
                .body("code", equalTo("notice-not-current"));

        LocalDate fromReceipt = deadlines.objectionWindowEnd(collected);
        as(officer)
                .body(atDesk)
                .post("/requests/" + id + "/notice-receipt")
                .then()
                .statusCode(200)
                .body("decision.noticeReceivedDate", equalTo(collected.toString()))
                .body("decision.noticeReceivedVia", equalTo("DESK"))
                .body("decision.objectionDeadline", equalTo(fromReceipt.toString()));
        NoticeReceived received = events(id, EventTypes.REQUEST_NOTICE_RECEIVED, NoticeReceived.class, 1)
                .get(0);
        assertEquals(
                new NoticeReceived(
                        id,
                        received.sequence(),
                        WrittenNotice.DECISION,
                        1,
                        collected,
                        ReceiptChannel.DESK,
                        fromReceipt,
                        null,
                        received.recordedAt()),
                received);

        // Only the first receipt counts: the applicant opening it later changes nothing.
        as(applicant)
                .body(Map.of("notice", "DECISION"))
                .post("/requests/" + id + "/notice-receipt")
                .then()
                .statusCode(200)
                .body("decision.noticeReceivedVia", equalTo("DESK"))
                .body("decision.objectionDeadline", equalTo(fromReceipt.toString()));

        at(deadlines.calendar().nextWorkingDay(fromDecision, Side.APPLICANT));
        as(applicant)
                .body(Map.of("grounds", List.of("A_REFUSED_EXEMPTION"), "statement", "Data itu bukan rahasia"))
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(200)
                .body("objection.late", equalTo(false))
                .body("objection.windowEnd", equalTo(fromReceipt.toString()));
        ObjectionFiled objection = events(id, EventTypes.REQUEST_OBJECTION_FILED, ObjectionFiled.class, 1)
                .get(0);
        assertEquals(false, objection.late());
        assertEquals(1, objection.objectionNumber());
        as(applicant)
                .get("/requests/" + id + "/timeline")
                .then()
                .statusCode(200)
                .body("step", hasItem("NOTICE_RECEIVED"));
    }

    /**
     * The applicant's e-mail with the whole notice, delivered: notification-service says so on the SLA topic and the
     * window counts from that day. Only notification-service is believed, and only about the notice in force.
     */
    @Test
    void theDecisionEmailDeliveredStartsTheWindowAndOnlyNotificationServiceIsBelieved() {
        LocalDate decided = LocalDate.of(2026, 5, 20);
        UUID id = refusedOn(decided);
        LocalDate delivered = LocalDate.of(2026, 5, 22);
        at(LocalDate.of(2026, 5, 25));

        // A mail of a decision that is not the one in force (number 2) counts for nothing.
        Fixtures.publish(delivery(id, 2, LocalDate.of(2026, 5, 21)), NOTIFICATION);
        // The real one, then the same event again (a redelivery).
        NoticeDelivered real = delivery(id, 1, delivered);
        EventMetadata meta = Fixtures.publish(real, NOTIFICATION);
        Fixtures.publish(Topics.SLA_EVENTS, id.toString(), EventJson.writeString(real), meta);
        // Someone else writing on the SLA topic is parked, not believed; parked last, so everything before is done.
        Fixtures.publish(delivery(id, 1, LocalDate.of(2026, 5, 25)), Services.source(Services.ROUTING_SERVICE));
        KafkaTestClient.consumeFirst(
                Topics.deadLetter(Topics.SLA_EVENTS, Services.REQUEST_SERVICE),
                r -> r.key().equals(id.toString()),
                WAIT);

        InformationRequest request = Fixtures.load(id);
        assertEquals(delivered, request.decisionReceivedDate());
        assertEquals(ReceiptChannel.EMAIL, request.decisionReceivedVia());
        assertEquals(deadlines.objectionWindowEnd(delivered), request.objectionDeadline());
        NoticeReceived received = events(id, EventTypes.REQUEST_NOTICE_RECEIVED, NoticeReceived.class, 1)
                .get(0);
        assertEquals(ReceiptChannel.EMAIL, received.channel());
        assertEquals(delivered, received.receivedDate());
        assertEquals(1L, (long) QuarkusTransaction.requiringNew()
                .call(() ->
                        TimelineEntry.count("requestId = ?1 and step = ?2", id, TimelineEntry.Step.NOTICE_RECEIVED)));
    }

    private NoticeDelivered delivery(UUID id, int number, LocalDate day) {
        return new NoticeDelivered(
                id,
                1,
                UUID.randomUUID(),
                WrittenNotice.DECISION,
                number,
                Channel.EMAIL,
                day.atTime(9, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant());
    }

    /**
     * Pasal 37(2): 14 working days from when the applicant received the Atasan's written answer. Collected late at
     * the desk, the dispute recorded after the answer's own window is in time.
     */
    @Test
    void theDisputeWindowRunsFromWhenTheApplicantReceivedTheAtasansAnswer() {
        UUID id = refusedOn(LocalDate.of(2026, 5, 20));
        at(LocalDate.of(2026, 5, 25));
        as(applicant)
                .body(Map.of("grounds", List.of("A_REFUSED_EXEMPTION"), "statement", "Data itu bukan rahasia"))
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(200);
        LocalDate answered = LocalDate.of(2026, 6, 8);
        at(answered);
        as(TestTokens.superior())
                .body(Map.of("outcome", "REJECTED", "reasons", "Pengecualian sudah diuji dengan benar"))
                .post("/requests/" + id + "/objection/decision")
                .then()
                .statusCode(200)
                .body(
                        "objection.disputeDeadline",
                        equalTo(deadlines.disputeWindowEnd(answered).toString()));
        LocalDate collected = LocalDate.of(2026, 6, 15);
        at(collected);
        LocalDate fromReceipt = deadlines.disputeWindowEnd(collected);
        as(officer)
                .body(Map.of("notice", "OBJECTION_ANSWER", "receivedOn", collected.toString(), "via", "POST"))
                .post("/requests/" + id + "/notice-receipt")
                .then()
                .statusCode(200)
                .body("objection.answerReceivedDate", equalTo(collected.toString()))
                .body("objection.answerReceivedVia", equalTo("POST"))
                .body("objection.disputeDeadline", equalTo(fromReceipt.toString()));

        LocalDate filed = deadlines.calendar().nextWorkingDay(deadlines.disputeWindowEnd(answered), Side.APPLICANT);
        at(filed);
        as(applicant)
                .body(Map.of("filedDate", filed.toString()))
                .post("/requests/" + id + "/dispute")
                .then()
                .statusCode(200)
                .body("dispute.late", equalTo(false));
    }

    /**
     * Pasal 36: the Atasan upheld the objection, so the body gives a corrected decision; it supersedes the earlier one,
     * which stays in the request (and the timeline). The applicant may object again, to the corrected decision, with
     * its own grounds and clock; but only once per decision, and a decision stands unless an objection to it was
     * upheld.
     */
    @Test
    void anUpheldObjectionIsFollowedByACorrectedDecisionThatMayBeObjectedToAgain() {
        UUID id = refusedOn(LocalDate.of(2026, 5, 20));
        // No correction without an upheld objection.
        as(officer)
                .body(granted())
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(409)
                .body("code", equalTo("already-decided"));
        at(LocalDate.of(2026, 5, 25));
        as(applicant)
                .body(Map.of("grounds", List.of("A_REFUSED_EXEMPTION"), "statement", "Data itu bukan rahasia"))
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(200)
                .body("objection.number", equalTo(1));
        at(LocalDate.of(2026, 6, 8));
        as(TestTokens.superior())
                .body(Map.of("outcome", "UPHELD", "reasons", "Dokumen AMDAL adalah informasi terbuka"))
                .post("/requests/" + id + "/objection/decision")
                .then()
                .statusCode(200);

        LocalDate corrected = LocalDate.of(2026, 6, 10);
        at(corrected);
        Map<String, Object> partly = Map.of(
                "decision",
                "PARTIALLY_GRANTED",
                "summary",
                "Dokumen AMDAL diberikan tanpa lampiran daftar pekerja",
                "exemptionGrounds",
                List.of("H_PERSONAL_SECRET"),
                "exemptionReason",
                "Lampiran memuat NIK dan alamat pekerja; membukanya melanggar rahasia pribadi",
                "format",
                "SOFTCOPY",
                "delivery",
                "EMAIL",
                "feeRupiah",
                0);
        as(officer)
                .body(partly)
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.number", equalTo(2))
                .body("decision.type", equalTo("PARTIALLY_GRANTED"))
                .body(
                        "decision.objectionDeadline",
                        equalTo(deadlines.objectionWindowEnd(corrected).toString()))
                .body("earlierDecisions[0].number", equalTo(1))
                .body("earlierDecisions[0].type", equalTo("REFUSED"))
                .body("earlierDecisions[0].decidedDate", equalTo("2026-05-20"));
        List<RequestDecided> decisions = events(id, EventTypes.REQUEST_DECIDED, RequestDecided.class, 2);
        assertEquals(
                List.of(1, 2),
                decisions.stream().map(RequestDecided::decisionNumber).toList());
        // The first answer came on its due date; a corrected decision is not a late answer (ground g does not arise).
        at(LocalDate.of(2026, 6, 12));
        as(applicant)
                .body(Map.of("grounds", List.of("G_LATE"), "statement", "Keputusan perbaikan terlambat"))
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(409)
                .body("code", equalTo("objection-ground-not-arisen"));
        as(applicant)
                .body(Map.of("grounds", List.of("A_REFUSED_EXEMPTION"), "statement", "Lampiran juga tidak rahasia"))
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(200)
                .body("objection.number", equalTo(2))
                .body("objection.againstDecision", equalTo(2))
                .body("objection.outcome", nullValue())
                .body(
                        "objection.decisionDueDate",
                        equalTo(deadlines
                                .objectionDecisionDue(LocalDate.of(2026, 6, 12), Side.BODY)
                                .toString()))
                .body("earlierObjections[0].number", equalTo(1))
                .body("earlierObjections[0].outcome", equalTo("UPHELD"));
        List<ObjectionFiled> objections = events(id, EventTypes.REQUEST_OBJECTION_FILED, ObjectionFiled.class, 2);
        assertEquals(
                List.of(1, 2),
                objections.stream().map(ObjectionFiled::objectionNumber).toList());
        // One objection per decision.
        at(LocalDate.of(2026, 7, 30));
        as(TestTokens.superior())
                .body(Map.of("outcome", "REJECTED", "reasons", "Lampiran memang rahasia pribadi"))
                .post("/requests/" + id + "/objection/decision")
                .then()
                .statusCode(200);
        as(applicant)
                .body(Map.of("grounds", List.of("A_REFUSED_EXEMPTION"), "statement", "Saya tetap keberatan"))
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(409)
                .body("code", equalTo("objection-already-filed"));
        as(officer)
                .body(granted())
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(409)
                .body("code", equalTo("already-decided"));
        as(applicant)
                .get("/requests/" + id + "/timeline")
                .then()
                .statusCode(200)
                .body("findAll { it.step == 'DECIDED' }.size()", equalTo(2))
                .body("findAll { it.step == 'OBJECTION_FILED' }.size()", equalTo(2));
    }
}
