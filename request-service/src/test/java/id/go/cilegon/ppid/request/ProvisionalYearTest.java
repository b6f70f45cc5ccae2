package id.go.cilegon.ppid.request;

import static id.go.cilegon.ppid.request.Fixtures.as;
import static id.go.cilegon.ppid.request.Fixtures.form;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.CopyFormat;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.opd.OpdDecisionSubmitted;
import id.go.cilegon.ppid.contracts.request.ObjectionDecided;
import id.go.cilegon.ppid.contracts.request.ObjectionFiled;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.contracts.request.RequestExtended;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole lifecycle on dates that reach into 2027, a year bundled only as candidates (no signed decree): nothing is
 * refused for it, on the clock of 14 Dec 2026, 21 Dec 2026 and 4 Jan 2027, over REST and from an OPD system, and every
 * date counted through 2027 is marked as an estimate in the answer and in its event. The dates themselves, earliest
 * for the body and latest for the applicant, are checked against an official 2027 in {@code DeadlinePolicyTest}.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class ProvisionalYearTest {

    private static final String OPD = "DPUPR";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    TestClock clock;

    private String applicant;
    private String officer;

    @BeforeEach
    void tokens() {
        applicant = TestTokens.applicant("warga-" + UUID.randomUUID());
        officer = TestTokens.officer("petugas-" + OPD, OPD);
    }

    private void at(int year, int month, int day) {
        clock.setWib(LocalDateTime.of(year, month, day, 10, 0));
    }

    private UUID assignedRequest() {
        return Fixtures.submitAssigned(applicant, OPD);
    }

    private static InformationRequest load(UUID id) {
        return Fixtures.load(id);
    }

    private static <T> T event(UUID id, String type, Class<T> payload) {
        var record = KafkaTestClient.consumeFirst(
                Topics.REQUEST_EVENTS,
                r -> r.key().equals(id.toString()) && type.equals(KafkaTestClient.header(r, "ce_type")),
                WAIT);
        return EventJson.read(record.value().getBytes(), payload);
    }

    /*
     * 14 Dec 2026: the answer is due Wed 30 Dec (15-18, 21-23, 28-30; 24 cuti, 25 Natal): final. Its 7-day extension
     * runs into 2027: 31 Dec, (1 Jan), 4, 5, 6, 7, 8, 11 Jan on the body's side, where 5 Jan (Isra Mikraj) is only a
     * candidate. Before this platform estimated, this extension was refused from 7 December.
     */
    @Test
    void onFourteenDecemberIntakeAndExtensionReachInto2027() {
        at(2026, 12, 14);
        UUID id = assignedRequest();
        as(applicant)
                .get("/requests/" + id)
                .then()
                .statusCode(200)
                .body("dueDate", equalTo("2026-12-30"))
                .body("dueDateExplanation.provisional", equalTo(false))
                // Only the applicant's window after an unanswered request reaches into 2027.
                .body("provisionalDates.dates", contains("unansweredObjectionDeadline"))
                .body("unansweredObjectionDeadline", notNullValue());
        RequestSubmitted submitted = event(id, EventTypes.REQUEST_SUBMITTED, RequestSubmitted.class);
        assertEquals(
                List.of("unansweredObjectionDeadline"), submitted.provisional().dates());
        assertEquals(List.of(2027), submitted.provisional().years());
        assertNotNull(submitted.unansweredObjectionDeadline());

        at(2026, 12, 21);
        as(officer)
                .body(Map.of("reason", "Dokumen anggaran masih dihimpun dari bidang jalan"))
                .post("/requests/" + id + "/extension")
                .then()
                .statusCode(200)
                .body("dueDate", equalTo("2027-01-11"))
                .body("dueDateExplanation.provisional", equalTo(true))
                .body("dueDateExplanation.explanationId", containsString("tanggal pasti mengikuti SKB 2027"))
                .body("provisionalDates.dates", hasItem("dueDate"))
                .body("provisionalDates.years", hasItem(2027))
                .body("provisionalDates.noteId", containsString("perkiraan"));
        RequestExtended extended = event(id, EventTypes.REQUEST_EXTENDED, RequestExtended.class);
        assertEquals(LocalDate.of(2027, 1, 11), extended.dueDate());
        assertTrue(
                extended.provisional().dates().contains("dueDate"),
                extended.provisional().toString());
    }

    /*
     * 21 Dec 2026 (the day intake was to be refused from 16 December): 22, 23, 28-31, 4 Jan = 7; then 5, 6, 7 Jan on
     * the body's side. An objection for no answer is possible once 7 January passed.
     */
    @Test
    void onTwentyFirstDecemberIntakeIsAnsweredWithAnEstimatedDueDate() {
        at(2026, 12, 21);
        UUID id = assignedRequest();
        as(applicant)
                .get("/requests/" + id)
                .then()
                .statusCode(200)
                .body("registrationNumber", containsString("PPID-2026-"))
                .body("dueDate", equalTo("2027-01-07"))
                .body("dueDateExplanation.provisional", equalTo(true))
                .body("dueDateExplanation.skippedDays.find { it.date == '2027-01-01' }.reason", equalTo("HOLIDAY"))
                .body("provisionalDates.dates", hasItem("dueDate"));
        RequestSubmitted submitted = event(id, EventTypes.REQUEST_SUBMITTED, RequestSubmitted.class);
        assertEquals(
                List.of("dueDate", "unansweredObjectionDeadline"),
                submitted.provisional().dates());

        at(2027, 1, 8);
        as(applicant)
                .body(Map.of("grounds", List.of("C_NOT_ANSWERED"), "statement", "Belum ada jawaban"))
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(200)
                .body("status", equalTo("OBJECTION_FILED"))
                .body("provisionalDates.dates", hasItem("decisionDueDate"));
        ObjectionFiled objection = event(id, EventTypes.REQUEST_OBJECTION_FILED, ObjectionFiled.class);
        assertEquals(
                List.of("decisionDueDate", "unansweredDisputeDeadline"),
                objection.provisional().dates());
    }

    /*
     * 4 Jan 2027, the first working day of a year without a decree: a decision (REST and from an OPD system), the
     * objection, the Atasan's decision and the dispute all go through, each new date marked as an estimate.
     */
    @Test
    void onFourthJanuaryEveryStepOfTheLifecycleWorks() {
        at(2026, 12, 14);
        UUID id = assignedRequest();
        UUID fromOpdSystem = assignedRequest();

        at(2027, 1, 4);
        as(officer)
                .body(Map.of(
                        "decision",
                        "REFUSED",
                        "summary",
                        "Dokumen tidak dapat diberikan",
                        "exemptionGrounds",
                        List.of("H_PERSONAL_SECRET"),
                        "exemptionReason",
                        "Memuat data pribadi pemilik lahan; membukanya merugikan hak pribadi"))
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(200)
                .body("decision.onTime", equalTo(false));
        RequestDecided decided = event(id, EventTypes.REQUEST_DECIDED, RequestDecided.class);
        assertEquals(List.of("objectionDeadline"), decided.provisional().dates());
        assertNotNull(decided.objectionDeadline());

        Fixtures.publish(
                new OpdDecisionSubmitted(
                        OPD,
                        fromOpdSystem,
                        DecisionType.GRANTED,
                        new DecisionNotice(
                                "Salinan RAB perbaikan jalan diberikan",
                                List.of(),
                                null,
                                null,
                                CopyFormat.SOFTCOPY,
                                CopyDelivery.EMAIL,
                                0,
                                null,
                                null),
                        Instant.now(),
                        "SIMDA-2027-0001"),
                Services.opdSystemSource(OPD));
        await().atMost(WAIT).until(() -> load(fromOpdSystem).decision() == DecisionType.GRANTED);

        at(2027, 1, 5);
        as(applicant)
                .body(Map.of("grounds", List.of("A_REFUSED_EXEMPTION"), "statement", "Data lahan adalah publik"))
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(200)
                .body("provisionalDates.dates", hasItem("decisionDueDate"));

        at(2027, 1, 12);
        as(TestTokens.superior())
                .body(Map.of("outcome", "REJECTED", "reasons", "Uji konsekuensi Pasal 17 huruf h"))
                .post("/requests/" + id + "/objection/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("OBJECTION_DECIDED"))
                .body("provisionalDates.dates", hasItem("disputeDeadline"));
        ObjectionDecided objectionDecided = event(id, EventTypes.REQUEST_OBJECTION_DECIDED, ObjectionDecided.class);
        assertEquals(List.of("disputeDeadline"), objectionDecided.provisional().dates());

        at(2027, 1, 13);
        as(applicant)
                .body(Map.of("filedDate", "2027-01-13"))
                .post("/requests/" + id + "/dispute")
                .then()
                .statusCode(200)
                .body("status", equalTo("DISPUTED"));
    }

    /* A request whose dates stay inside 2026 carries no estimate anywhere. */
    @Test
    void datesInsideOfficialYearsAreFinal() {
        at(2026, 3, 2);
        UUID id = Fixtures.submit(applicant, form());
        as(applicant)
                .get("/requests/" + id)
                .then()
                .statusCode(200)
                .body("dueDateExplanation.provisional", equalTo(false))
                .body("provisionalDates", nullValue());
        assertNull(
                event(id, EventTypes.REQUEST_SUBMITTED, RequestSubmitted.class).provisional());
    }
}
