package id.go.cilegon.ppid.index;

import static id.go.cilegon.ppid.index.Events.decided;
import static id.go.cilegon.ppid.index.Events.routed;
import static id.go.cilegon.ppid.index.Events.submitted;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.testing.keycloak.Keycloak;
import id.go.cilegon.ppid.testing.keycloak.KeycloakTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Real tokens from the real Keycloak with the realm of {@code deploy/keycloak}: every demo user (and no user) sees
 * each OPD's index, the ranking and the rows the instances gather it from, which are all public.
 */
@QuarkusTest
@QuarkusTestResource(StreamsTestResource.class)
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class KeycloakEndToEndTest {

    @Test
    void theIndexIsPublicForEveryUserAndNoUser() {
        LocalDate received = LocalDate.of(2026, 3, 2);
        UUID id = UUID.randomUUID();
        Publish.events(
                submitted(id, received, received.plusDays(14)),
                routed(id, 1, "DLH", 0),
                decided(id, 2, DecisionType.GRANTED, received.plusDays(5), received.plusDays(14), 4));

        // Public: no token needed, and the realm's tokens are accepted whoever they name.
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> given().get("/index/opds/DLH?period=2026-03")
                        .then()
                        .statusCode(200)
                        .body("measures.received", greaterThanOrEqualTo(1)));
        for (String user : List.of("petugas.dlh", "petugas.dpupr", "pemohon1", "atasan.ppid", "ppid.utama")) {
            given().auth()
                    .oauth2(Keycloak.accessToken(user))
                    .get("/index/opds/DLH?period=2026-03")
                    .then()
                    .statusCode(200)
                    .body("measures.received", greaterThanOrEqualTo(1));
        }
        given().get("/index/ranking?period=2026-03").then().statusCode(200).body("rows.opdCode", hasItem("DLH"));
        given().get("/reports/annual/2026/opds/DLH")
                .then()
                .statusCode(200)
                .body("requestsReceived", greaterThanOrEqualTo(1));
        given().get("/index/city?period=2026-03").then().statusCode(200);

        // The call between instances is public like the ranking it gathers: no token, a bad one or any user's.
        given().get("/index/ranking/local?period=2026-03")
                .then()
                .statusCode(200)
                .body("opdCode", hasItem("DLH"));
        given().auth()
                .oauth2("eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl")
                .get("/index/ranking/local?period=2026-03")
                .then()
                .statusCode(200);
        for (String user : List.of("petugas.dlh", "pemohon1", "ppid.utama")) {
            given().auth()
                    .oauth2(Keycloak.accessToken(user))
                    .get("/index/ranking/local?period=2026-03")
                    .then()
                    .statusCode(200)
                    .body("opdCode", hasItem("DLH"));
        }
    }
}
