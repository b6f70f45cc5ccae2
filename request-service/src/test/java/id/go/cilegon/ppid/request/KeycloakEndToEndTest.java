package id.go.cilegon.ppid.request;

import static id.go.cilegon.ppid.request.Fixtures.as;
import static id.go.cilegon.ppid.request.Fixtures.form;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.keycloak.Keycloak;
import id.go.cilegon.ppid.testing.keycloak.KeycloakTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Real tokens from the real Keycloak with the realm of {@code deploy/keycloak}: the demo users'
 * roles and {@code opd} claims decide who may file, see and answer a request.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class KeycloakEndToEndTest {

    @Inject
    TestClock clock;

    @Test
    void realmRolesAndOpdClaimGovernTheLifecycle() {
        clock.setWib(LocalDateTime.of(2026, 8, 3, 9, 0));
        String applicant = Keycloak.accessToken("pemohon1");
        String otherApplicant = Keycloak.accessToken("pemohon2");
        String dlh = Keycloak.accessToken("petugas.dlh");
        String dpupr = Keycloak.accessToken("petugas.dpupr");

        UUID id = Fixtures.submit(applicant, form());
        // Keycloak's token carries the account's verified address: the contact address of an online request.
        assertEquals("pemohon1@example.com", Fixtures.load(id).applicantEmail());
        as(otherApplicant).get("/requests/" + id).then().statusCode(403).body("code", equalTo("not-your-request"));
        as(Keycloak.accessToken("admin.ppid")).get("/requests/" + id).then().statusCode(403);

        Fixtures.route(id, "DLH");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "DLH"
                        .equals(QuarkusTransaction.requiringNew()
                                .call(() -> InformationRequest.<InformationRequest>findById(id)
                                        .assignedOpdCode())));

        as(dpupr).get("/requests/" + id).then().statusCode(403).body("code", equalTo("other-opd"));
        Map<String, Object> granted = Map.of(
                "decision",
                "GRANTED",
                "summary",
                "Dokumen AMDAL dikirim",
                "format",
                "SOFTCOPY",
                "delivery",
                "EMAIL",
                "feeRupiah",
                0);
        as(dpupr).body(granted).post("/requests/" + id + "/decision").then().statusCode(403);
        as(applicant).body(granted).post("/requests/" + id + "/decision").then().statusCode(403);
        as(dlh).get("/requests/" + id).then().statusCode(200);
        as(dlh).body(granted)
                .post("/requests/" + id + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECIDED"));

        as(applicant)
                .body(Map.of(
                        "grounds",
                        java.util.List.of("D_NOT_AS_REQUESTED"),
                        "statement",
                        "Lampiran peta tidak disertakan"))
                .post("/requests/" + id + "/objection")
                .then()
                .statusCode(200);
        Map<String, Object> upheld = Map.of("outcome", "UPHELD", "reasons", "Lampiran peta wajib diberikan");
        as(Keycloak.accessToken("ppid.utama"))
                .body(upheld)
                .post("/requests/" + id + "/objection/decision")
                .then()
                .statusCode(403);
        as(Keycloak.accessToken("atasan.ppid"))
                .body(upheld)
                .post("/requests/" + id + "/objection/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("OBJECTION_DECIDED"));

        as("eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl")
                .get("/requests/" + id)
                .then()
                .statusCode(401);
    }
}
