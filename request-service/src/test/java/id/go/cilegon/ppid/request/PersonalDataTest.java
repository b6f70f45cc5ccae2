package id.go.cilegon.ppid.request;

import static id.go.cilegon.ppid.request.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.request.RequestTexts;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.request.service.PersonalDataLifecycle;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The end of an applicant's personal data (UU 27/2022 PDP): on their request once each request's last window closed,
 * or at the end of the retention period; every copy in request-service's tables and a tombstone for every copy on a
 * topic. On the real broker and database, with the scheduled job off ({@code %test}) and run by the test.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class PersonalDataTest {

    private static final String OPD = "DLH";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    TestClock clock;

    @Inject
    PersonalDataLifecycle personalData;

    @Inject
    EntityManager em;

    private String subject;
    private String applicant;
    private String officer;
    /** What identifies this test's applicant, unique in the shared database. */
    private Map<String, String> personal;

    @BeforeEach
    void applicant() {
        at(LocalDate.of(2026, 5, 4));
        subject = "citizen-" + UUID.randomUUID();
        officer = TestTokens.officer("petugas-" + OPD, OPD);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        personal = new HashMap<>();
        personal.put("name", "Ratna Hapus " + tag);
        personal.put("nik", Fixtures.nik());
        personal.put("address", "Jl. Erasure " + tag + " No. 7, Kota Cilegon");
        personal.put("email", "ratna." + tag + "@example.org");
        personal.put("phone", "+62813" + String.format("%07d", new java.util.Random().nextInt(10_000_000)));
        personal.put("details", "Dokumen AMDAL rahasia-kata-" + tag + " di Kecamatan Ciwandan");
        personal.put("purpose", "Tujuan pribadi-" + tag);
        personal.put("statement", "Keberatan pribadi-" + tag + " karena jawaban tidak lengkap");
        applicant = TestTokens.applicant(subject, personal.get("email"));
    }

    private void at(LocalDate day) {
        clock.setWib(LocalDateTime.of(day, LocalTime.of(10, 0)));
    }

    private UUID file() {
        Map<String, Object> form = Fixtures.form(personal.get("nik"));
        Map<String, Object> who = Fixtures.applicantOf(form);
        who.put("fullName", personal.get("name"));
        who.put("address", personal.get("address"));
        who.put("email", personal.get("email"));
        who.put("phone", personal.get("phone"));
        form.put("informationDetails", personal.get("details"));
        form.put("purpose", personal.get("purpose"));
        UUID id = Fixtures.submit(applicant, form);
        Fixtures.route(id, OPD);
        org.awaitility.Awaitility.await()
                .atMost(WAIT)
                .until(() -> OPD.equals(Fixtures.load(id).assignedOpdCode()));
        return id;
    }

    private void decide(UUID id) {
        as(officer)
                .body(Map.of(
                        "decision", "GRANTED",
                        "summary", "Salinan dokumen AMDAL dikirim lengkap",
                        "format", "SOFTCOPY",
                        "delivery", "EMAIL",
                        "feeRupiah", 0))
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(200);
    }

    private List<Map<String, Object>> askErasure() {
        return as(applicant)
                .post("/applicants/me/erasure")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    /** Every row of every table of request-service that mentions any of this applicant's personal data or words. */
    @SuppressWarnings("unchecked")
    private List<String> rowsHoldingPersonalData() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> tables = em.createNativeQuery(
                            "select table_name from information_schema.tables where table_schema = current_schema() "
                                    + "and table_type = 'BASE TABLE'")
                    .getResultList();
            List<String> found = new ArrayList<>();
            for (String table : tables) {
                for (Object row : em.createNativeQuery("select t::text from " + table + " t")
                        .getResultList()) {
                    String text = String.valueOf(row);
                    for (var value : personal.entrySet()) {
                        if (text.contains(value.getValue())) {
                            found.add(table + " holds the " + value.getKey());
                        }
                    }
                }
            }
            return found;
        });
    }

    @Test
    void theTextsTravelOnTheRestrictedTopicAndNotOnTheRequestTopic() {
        UUID id = file();

        ConsumerRecord<String, String> texts = KafkaTestClient.consumeFirst(
                Topics.REQUEST_TEXTS, r -> r.key().equals(id.toString()) && r.value() != null, WAIT);
        RequestTexts read = EventJson.read(texts.value().getBytes(), RequestTexts.class);
        assertEquals(personal.get("details"), read.informationDetails());
        assertEquals(EventTypes.REQUEST_TEXTS_RECORDED, KafkaTestClient.header(texts, "ce_type"));
        ConsumerRecord<String, String> submitted = KafkaTestClient.consumeFirst(
                Topics.REQUEST_EVENTS,
                r -> r.key().equals(id.toString())
                        && EventTypes.REQUEST_SUBMITTED.equals(KafkaTestClient.header(r, "ce_type")),
                WAIT);
        assertFalse(submitted.value().contains(personal.get("details")), submitted.value());
        assertFalse(submitted.value().contains(personal.get("purpose")), submitted.value());
    }

    /**
     * The applicant asks: the request whose window closed is erased at once, the open one waits until it is answered
     * and its window closed, then the job erases it, and only then are the applicant's contacts tombstoned and their
     * account unlinked. Nothing of them is left in any table; a new request starts a new pseudonymous applicant.
     */
    @Test
    void anErasureReachesEveryRequestOnceItsLastWindowClosedAndThenTheApplicant() {
        UUID closed = file();
        UUID open = file();
        UUID applicantId = Fixtures.load(closed).applicantId();
        at(LocalDate.of(2026, 5, 20));
        decide(closed);
        LocalDate closesOn = Fixtures.load(closed).objectionDeadline().plusDays(1);
        at(closesOn);

        List<Map<String, Object>> outcomes = askErasure();

        assertEquals(2, outcomes.size());
        Map<String, Object> first = outcomes.stream()
                .filter(o -> o.get("requestId").equals(closed.toString()))
                .findFirst()
                .orElseThrow();
        Map<String, Object> second = outcomes.stream()
                .filter(o -> o.get("requestId").equals(open.toString()))
                .findFirst()
                .orElseThrow();
        assertTrue(first.get("erasedAt") != null, first.toString());
        assertNull(second.get("erasedAt"), second.toString());
        assertNull(second.get("erasedFrom"), "the open request's date is not known before it is answered");
        InformationRequest erased = Fixtures.load(closed);
        assertNull(erased.applicantName());
        assertNull(erased.applicantNik());
        assertNull(erased.informationDetails());
        assertNull(erased.ownerSubject());
        assertEquals(InformationRequest.ErasureCause.APPLICANT_REQUEST, erased.personalDataErasedBecause());
        assertEquals(personal.get("name"), Fixtures.load(open).applicantName());
        KafkaTestClient.consumeFirst(
                Topics.REQUEST_TEXTS, r -> r.key().equals(closed.toString()) && r.value() == null, WAIT);
        as(TestTokens.main())
                .get("/requests/" + closed)
                .then()
                .statusCode(200)
                .body("applicant.fullName", nullValue())
                .body("applicant.email", nullValue())
                .body("informationDetails", nullValue())
                .body("personalData.erasedBecause", equalTo("APPLICANT_REQUEST"))
                .body("decision.type", equalTo("GRANTED"));
        as(applicant).get("/requests/" + closed).then().statusCode(403);
        as(applicant)
                .get("/requests/" + open)
                .then()
                .statusCode(200)
                .body("personalData.erasureRequestedAt", notNullValue());
        assertEquals(outcomes, askErasure(), "asking again changes nothing");

        // The open request goes its whole way: answered, objected to with the applicant's statement, decided.
        decide(open);
        as(applicant)
                .body(Map.of("grounds", List.of("D_NOT_AS_REQUESTED"), "statement", personal.get("statement")))
                .post("/requests/" + open + "/objection")
                .then()
                .statusCode(200);
        as(TestTokens.superior())
                .body(Map.of("outcome", "REJECTED", "reasons", "Jawaban sudah sesuai dengan permohonan yang diajukan"))
                .post("/requests/" + open + "/objection/decision")
                .then()
                .statusCode(200);
        assertEquals(0, personalData.eraseDue(), "the window to go to the Komisi Informasi is open");
        at(Fixtures.load(open).disputeDeadline().plusDays(1));
        assertTrue(personalData.eraseDue() >= 1);

        assertEquals(List.of(), rowsHoldingPersonalData());
        KafkaTestClient.consumeFirst(
                Topics.REQUEST_TEXTS, r -> r.key().equals(open.toString()) && r.value() == null, WAIT);
        KafkaTestClient.consumeFirst(
                Topics.APPLICANT_CONTACTS, r -> r.key().equals(applicantId.toString()) && r.value() == null, WAIT);
        UUID again = file();
        assertNotEquals(applicantId, Fixtures.load(again).applicantId());
    }

    /** Without a request from the applicant, the personal data goes when the retention period after closing ends. */
    @Test
    void theRetentionPeriodEndsThePersonalDataOfAClosedRequestOnly() {
        UUID decided = file();
        UUID unanswered = file();
        at(LocalDate.of(2026, 5, 20));
        decide(decided);
        LocalDate closesOn = Fixtures.load(decided).objectionDeadline().plusDays(1);

        at(closesOn.plusYears(5).minusDays(1));
        personalData.eraseDue();
        assertEquals(personal.get("name"), Fixtures.load(decided).applicantName());

        at(closesOn.plusYears(5));
        personalData.eraseDue();

        InformationRequest erased = Fixtures.load(decided);
        assertNull(erased.applicantName());
        assertEquals(InformationRequest.ErasureCause.RETENTION, erased.personalDataErasedBecause());
        assertEquals(personal.get("name"), Fixtures.load(unanswered).applicantName(), "an answer is still owed on it");
        Object linkedTo = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select owner_subject from applicant where id = ?1")
                        .setParameter(1, erased.applicantId())
                        .getSingleResult());
        assertEquals(subject, linkedTo, "a request still holds the applicant's data: they are not forgotten yet");
    }

    @Test
    void onlyTheApplicantOrThePpidUtamaForAWalkInApplicantMayAskForErasure() {
        UUID id = file();

        as(officer).post("/applicants/me/erasure").then().statusCode(403);
        as(TestTokens.main())
                .body(Map.of("statementReference", "SP-2026-001"))
                .post("/requests/" + id + "/applicant-erasure")
                .then()
                .statusCode(403)
                .body("code", equalTo("not-the-applicant"));
        as(applicant)
                .body(Map.of("statementReference", "SP-2026-001"))
                .post("/requests/" + id + "/applicant-erasure")
                .then()
                .statusCode(403);
        as(TestTokens.main())
                .body(Map.of())
                .post("/requests/" + id + "/applicant-erasure")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("statementReference"));
        assertEquals(
                List.of(),
                as(TestTokens.applicant("stranger-" + UUID.randomUUID()))
                        .post("/applicants/me/erasure")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("$"));
        assertNull(Fixtures.load(id).erasureRequestedAt(), "nobody else's erasure request touched it");
        assertEquals(personal.get("name"), Fixtures.load(id).applicantName());
    }
}
