package id.go.cilegon.ppid.index;

import static id.go.cilegon.ppid.index.Events.decided;
import static id.go.cilegon.ppid.index.Events.routed;
import static id.go.cilegon.ppid.index.Events.submitted;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.testing.keycloak.Keycloak;
import id.go.cilegon.ppid.testing.keycloak.KeycloakTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Real tokens from the real Keycloak with the realm of {@code deploy/keycloak}: the demo users' roles and
 * {@code opd} claims decide who sees which OPD's index.
 */
@QuarkusTest
@QuarkusTestResource(StreamsTestResource.class)
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class KeycloakEndToEndTest {

    @Test
    void realmRolesAndOpdClaimGovernWhoSeesWhat() {
        LocalDate received = LocalDate.of(2026, 3, 2);
        UUID id = UUID.randomUUID();
        Publish.events(
                submitted(id, received, received.plusDays(14)),
                routed(id, 1, "DLH", 0),
                decided(id, 2, DecisionType.GRANTED, received.plusDays(5), received.plusDays(14), 4));

        String dlh = Keycloak.accessToken("petugas.dlh");
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> given().auth()
                        .oauth2(dlh)
                        .get("/index/opds/DLH?period=2026-03")
                        .then()
                        .statusCode(200)
                        .body("measures.received", greaterThanOrEqualTo(1)));

        given().auth()
                .oauth2(Keycloak.accessToken("petugas.dpupr"))
                .get("/index/opds/DLH")
                .then()
                .statusCode(403)
                .body("code", equalTo("other-opd"));
        given().auth().oauth2(dlh).get("/index/ranking").then().statusCode(403);
        given().auth()
                .oauth2(Keycloak.accessToken("pemohon1"))
                .get("/index/opds/DLH")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Keycloak.accessToken("atasan.ppid"))
                .get("/index/opds/DLH")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Keycloak.accessToken("ppid.utama"))
                .get("/index/ranking?period=2026-03")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Keycloak.accessToken("admin.ppid"))
                .get("/reports/annual/2026/opds/DLH")
                .then()
                .statusCode(200)
                .body("requestsReceived", greaterThanOrEqualTo(1));
        given().get("/index/city?period=2026-03").then().statusCode(200);
        given().auth()
                .oauth2("eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl")
                .get("/index/opds/DLH")
                .then()
                .statusCode(401);
    }
}
