package id.go.cilegon.ppid.request;

import static id.go.cilegon.ppid.request.Fixtures.applicantOf;
import static id.go.cilegon.ppid.request.Fixtures.as;
import static id.go.cilegon.ppid.request.Fixtures.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.applicant.ApplicantContact;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Intake over HTTP with the real database and broker: numbers, due dates, events, idempotency, validation. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class IntakeTest {

    private static final Duration EVENT_WAIT = Duration.ofSeconds(30);

    @Inject
    TestClock clock;

    @BeforeEach
    void receivedOnFridayBeforeIdulFitri2026() {
        // Friday 13 March 2026, 09:00 WIB: Nyepi, Idul Fitri and its cuti bersama fall in the next 10 working days.
        clock.setWib(LocalDateTime.of(2026, 3, 13, 9, 0));
    }

    @Test
    void applicantReceivesRegistrationNumberAndExplainedDueDate() {
        String nik = Fixtures.nik();
        as(TestTokens.applicant("citizen-intake-1"))
                .body(form(nik))
                .post("/requests")
                .then()
                .statusCode(201)
                .header("Location", containsString("/requests/"))
                .body("registrationNumber", matchesPattern("PPID-2026-\\d{6}"))
                .body("status", equalTo("REGISTERED"))
                .body("channel", equalTo("ONLINE"))
                .body("receivedDate", equalTo("2026-03-13"))
                // 16 Mar (1), 17 (2), 18 cuti, 19 Nyepi, 20 cuti, 23-24 cuti, 25 (3), 26 (4), 27 (5), 30 (6), 31 (7),
                // 1 Apr (8), 2 (9), 3 Wafat Yesus Kristus, 6 Apr (10).
                .body("dueDate", equalTo("2026-04-06"))
                .body("dueDateExplanation.workingDays", equalTo(10))
                .body("dueDateExplanation.skippedDays.date", hasItems("2026-03-19", "2026-03-23", "2026-04-03"))
                .body("dueDateExplanation.explanationId", containsString("hari kerja"))
                .body("applicant.nik", equalTo(nik))
                .body("applicant.phone", equalTo("+6281234567890"));
    }

    @Test
    void registrationNumbersAreSequentialAndUnique() {
        String token = TestTokens.applicant("citizen-intake-2");
        String first = as(token)
                .body(form())
                .post("/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("registrationNumber");
        String second = as(token)
                .body(form())
                .post("/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("registrationNumber");
        long a = Long.parseLong(first.substring("PPID-2026-".length()));
        long b = Long.parseLong(second.substring("PPID-2026-".length()));
        assertTrue(b > a, first + " then " + second);
    }

    @Test
    void submissionIsPublishedWithoutPersonalDataAndContactsGoOnlyToTheRestrictedTopic() {
        String nik = Fixtures.nik();
        UUID id = Fixtures.submit(TestTokens.applicant("citizen-intake-3"), form(nik));

        ConsumerRecord<String, String> event =
                KafkaTestClient.consumeFirst(Topics.REQUEST_EVENTS, r -> r.key().equals(id.toString()), EVENT_WAIT);
        assertEquals(EventTypes.REQUEST_SUBMITTED, KafkaTestClient.header(event, CloudEventHeaders.TYPE));
        assertEquals("/ppid/request-service", KafkaTestClient.header(event, CloudEventHeaders.SOURCE));
        RequestSubmitted submitted = EventJson.read(event.value().getBytes(), RequestSubmitted.class);
        assertEquals(1, submitted.sequence());
        assertEquals("2026-04-06", submitted.dueDate().toString());
        for (String personal : List.of(nik, "Siti", "Rahmawati", "example.org", "3456", "Sudirman")) {
            assertFalse(event.value().contains(personal), "request event leaks " + personal + ": " + event.value());
        }

        ConsumerRecord<String, String> contact = KafkaTestClient.consumeFirst(
                Topics.APPLICANT_CONTACTS,
                r -> r.key().equals(submitted.applicantId().toString()),
                EVENT_WAIT);
        ApplicantContact details = EventJson.read(contact.value().getBytes(), ApplicantContact.class);
        assertEquals("Siti Rahmawati", details.fullName());
        assertEquals("+6281234567890", details.phone());
        assertFalse(contact.value().contains(nik), "the NIK never leaves request-service");
    }

    /**
     * The platform sends official mail only to an address its owner proved: online, that is the account's verified
     * e-mail address; at the desk, the officer takes the one the applicant gives.
     */
    @Test
    void anOnlineApplicantIsWrittenToAtTheirAccountsVerifiedAddressOnly() {
        String token = TestTokens.applicant("citizen-intake-account", "budi.account@example.org");

        UUID id = Fixtures.submit(token, form());
        assertEquals("budi.account@example.org", Fixtures.load(id).applicantEmail());

        Map<String, Object> other = form();
        applicantOf(other).put("email", "someone.else@example.org");
        as(token)
                .body(other)
                .post("/requests")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("applicant.email"))
                .body("violations[0].code", equalTo("email-not-account"))
                .body("violations[0].message_id", containsString("akun Anda"));
        assertEquals(1, InformationRequest.count("ownerSubject", "citizen-intake-account"));

        Map<String, Object> same = form();
        applicantOf(same).put("email", "Budi.Account@example.org");
        assertEquals(
                "budi.account@example.org",
                Fixtures.load(Fixtures.submit(token, same)).applicantEmail());

        Map<String, Object> walkIn = form();
        applicantOf(walkIn).put("email", "tamu.loket@example.org");
        UUID atTheDesk = Fixtures.submit(TestTokens.officer("petugas-DLH", "DLH"), walkIn);
        assertEquals("tamu.loket@example.org", Fixtures.load(atTheDesk).applicantEmail());
    }

    @Test
    void nikIsEncryptedAtRestAndMaskedForEveryoneButItsOwner() {
        String nik = Fixtures.nik();
        UUID id = Fixtures.submit(TestTokens.applicant("citizen-intake-4"), form(nik));

        byte[] stored = InformationRequest.<InformationRequest>findByIdOptional(id)
                .orElseThrow()
                .applicantNik();
        assertFalse(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1).contains(nik));

        as(TestTokens.applicant("citizen-intake-4"))
                .get("/requests/" + id)
                .then()
                .statusCode(200)
                .body("applicant.nik", equalTo(nik));
        as(TestTokens.main())
                .get("/requests/" + id)
                .then()
                .statusCode(200)
                .body("applicant.nik", equalTo("************" + nik.substring(12)));
    }

    @Test
    void officerFilesForWalkInApplicantAtTheirDesk() {
        String nik = Fixtures.nik();
        as(TestTokens.officer("petugas-dlh-intake", "DLH"))
                .body(form(nik))
                .post("/requests")
                .then()
                .statusCode(201)
                .body("channel", equalTo("WALK_IN"))
                .body("filingOpdCode", equalTo("DLH"))
                .body("applicant.nik", equalTo("************" + nik.substring(12)));
    }

    @Test
    void walkInApplicantKeepsOnePseudonymousIdAcrossVisits() {
        String nik = Fixtures.nik();
        String officer = TestTokens.officer("petugas-dlh-intake-2", "DLH");
        String first = as(officer)
                .body(form(nik))
                .post("/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("applicant.id");
        String second = as(officer)
                .body(form(nik))
                .post("/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("applicant.id");
        String other = as(officer)
                .body(form())
                .post("/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("applicant.id");
        assertEquals(first, second);
        assertNotEquals(first, other);
    }

    @Test
    void retriedSubmissionWithSameIdempotencyKeyReturnsTheFirstResult() {
        String token = TestTokens.applicant("citizen-intake-5");
        Map<String, Object> form = form();
        String key = UUID.randomUUID().toString();
        String first = as(token)
                .header("Idempotency-Key", key)
                .body(form)
                .post("/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(token)
                .header("Idempotency-Key", key)
                .body(form)
                .post("/requests")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        assertEquals(1, InformationRequest.count("ownerSubject", "citizen-intake-5"));
    }

    @Test
    void idempotencyKeyReusedForADifferentSubmissionIsRefused() {
        String token = TestTokens.applicant("citizen-intake-6");
        String key = UUID.randomUUID().toString();
        as(token)
                .header("Idempotency-Key", key)
                .body(form())
                .post("/requests")
                .then()
                .statusCode(201);
        as(token)
                .header("Idempotency-Key", key)
                .body(form())
                .post("/requests")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("idempotency-key-reused"));
        assertEquals(1, InformationRequest.count("ownerSubject", "citizen-intake-6"));
    }

    @Test
    void anOversizedBodyIsRefusedWith413BeforeItIsReadAndNothingIsStored() {
        Map<String, Object> form = form();
        form.put("informationDetails", "x".repeat(300 * 1024));
        as(TestTokens.applicant("citizen-intake-huge"))
                .body(form)
                .post("/requests")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ppid.cilegon.go.id/problems/payload-too-large"))
                .body("title", equalTo("Request body too large"))
                .body("title_id", equalTo("Isi permintaan terlalu besar"))
                .body("detail", containsString("at most 262144"))
                .body("detail_id", containsString("paling banyak 262144"))
                .body("instance", equalTo("/requests"));
        assertEquals(0, InformationRequest.count("ownerSubject", "citizen-intake-huge"));
    }

    @Test
    void invalidFieldsAreNamedInBothLanguagesAndNothingIsStored() {
        Map<String, Object> form = form();
        applicantOf(form).put("nik", "12345");
        applicantOf(form).put("phone", "12-34");
        applicantOf(form).put("email", "not-an-email");
        form.put("informationDetails", "AMDAL");
        form.put("accessMethods", List.of());
        ValidatableResponse response = as(TestTokens.applicant("citizen-intake-7"))
                .body(form)
                .post("/requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ppid.cilegon.go.id/problems/invalid-input"))
                .body("title", equalTo("Invalid input"))
                .body("title_id", equalTo("Isian tidak valid"))
                .body(
                        "violations.field",
                        hasItems(
                                "applicant.nik",
                                "applicant.phone",
                                "applicant.email",
                                "informationDetails",
                                "accessMethods"));
        response.body("violations.find { it.field == 'applicant.nik' }.message_id", containsString("NIK 16 digit"))
                .body(
                        "violations.find { it.field == 'informationDetails' }.message",
                        equalTo("must be between 10 and 4000 characters long"))
                .body(
                        "violations.find { it.field == 'informationDetails' }.message_id",
                        equalTo("panjangnya harus antara 10 dan 4000 karakter"));
        assertEquals(0, InformationRequest.count("ownerSubject", "citizen-intake-7"));
    }

    @Test
    void anAddressTheEventsWouldRefuseIsRefusedAtTheDoor() {
        Map<String, Object> form = form();
        applicantOf(form).put("email", "\"budi santoso\"@example.com");
        as(TestTokens.applicant("citizen-intake-quoted"))
                .body(form)
                .post("/requests")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("applicant.email"))
                .body("violations[0].code", equalTo("email-invalid"));
        assertEquals(0, InformationRequest.count("ownerSubject", "citizen-intake-quoted"));
    }

    @Test
    void aParameterOfTheWrongTypeIsA400NamingIt() {
        as(TestTokens.main())
                .get("/requests/not-a-request-id")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("id"))
                .body("violations[0].code", equalTo("uuid-invalid"))
                .body("violations[0].message_id", equalTo("harus berupa UUID"));
        as(TestTokens.main())
                .get("/requests/" + "1".repeat(40) + "/timeline")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("id"));
        as(TestTokens.main())
                .get("/requests?status=SELESAI")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("status"))
                .body("violations[0].code", equalTo("enum-invalid"))
                .body("violations[0].message", containsString("REGISTERED"));
        as(TestTokens.main())
                .get("/requests?page=pertama")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("page"))
                .body("violations[0].code", equalTo("number-invalid"));
        // An address that does not exist is still a 404.
        as(TestTokens.main())
                .get("/requests/" + UUID.randomUUID() + "/nothing-here")
                .then()
                .statusCode(404);
    }

    @Test
    void controlCharactersAreRefusedNamingTheField() {
        Map<String, Object> form = form();
        form.put("informationDetails", "Dokumen AMDAL\u0000 pabrik baja di Cilegon tahun 2025");
        as(TestTokens.applicant("citizen-intake-control"))
                .body(form)
                .post("/requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("informationDetails"))
                .body("violations[0].code", equalTo("text-control"))
                .body("violations[0].message", equalTo("must not contain control characters (found U+0000)"))
                .body("violations[0].message_id", equalTo("tidak boleh berisi karakter kendali (ditemukan U+0000)"));
        form.put("informationDetails", "Dokumen AMDAL pabrik baja di Cilegon tahun 2025,\n\ttermasuk lampirannya");
        applicantOf(form).put("fullName", "Budi\u001b[31m Santoso");
        as(TestTokens.applicant("citizen-intake-control"))
                .body(form)
                .post("/requests")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("applicant.fullName"))
                .body("violations[0].message", containsString("U+001B"));
        assertEquals(0, InformationRequest.count("ownerSubject", "citizen-intake-control"));
    }

    @Test
    void crossFieldRulesNameTheField() {
        Map<String, Object> form = form();
        applicantOf(form).remove("nik");
        applicantOf(form).remove("phone");
        applicantOf(form).remove("email");
        form.put("copyDeliveries", List.of());
        // An account without a verified address: nothing to reach the applicant by.
        as(TestTokens.token("citizen-intake-8", List.of("applicant"), null))
                .body(form)
                .post("/requests")
                .then()
                .statusCode(400)
                .body("violations.code", hasItems("nik-required", "contact-required", "delivery-required"))
                .body("violations.field", hasItems("applicant.nik", "applicant.phone", "copyDeliveries"));

        Map<String, Object> entity = form();
        applicantOf(entity).put("kind", "LEGAL_ENTITY");
        applicantOf(entity).remove("nik");
        as(TestTokens.applicant("citizen-intake-8"))
                .body(entity)
                .post("/requests")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("applicant.deedNumber"));
        assertEquals(0, InformationRequest.count("ownerSubject", "citizen-intake-8"));
    }

    @Test
    void unknownEnumValueAndMalformedJsonAreProblemsToo() {
        Map<String, Object> form = form();
        form.put("accessMethods", List.of("TELEPATHY"));
        as(TestTokens.applicant("citizen-intake-9"))
                .body(form)
                .post("/requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("accessMethods[0]"));
        as(TestTokens.applicant("citizen-intake-9"))
                .body("{\"applicant\": ")
                .post("/requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"));
        assertEquals(0, InformationRequest.count("ownerSubject", "citizen-intake-9"));
    }

    @Test
    void onlyApplicantsAndPpidDesksMayFile() {
        as(TestTokens.superior())
                .body(form())
                .post("/requests")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(TestTokens.admin()).body(form()).post("/requests").then().statusCode(403);
        io.restassured.RestAssured.given()
                .contentType("application/json")
                .body(form())
                .post("/requests")
                .then()
                .statusCode(401);
        as("not.a.token").body(form()).post("/requests").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void requestBodyMissingEntirelyIsAProblem() {
        as(TestTokens.applicant("citizen-intake-10"))
                .post("/requests")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("body"))
                .body("status", equalTo(400))
                .body("detail", notNullValue())
                .body("instance", equalTo("/requests"))
                .body("violations[0].messageId", nullValue());
    }
}
