package id.go.cilegon.ppid.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import id.go.cilegon.ppid.notification.support.Fixtures;
import id.go.cilegon.ppid.notification.support.Fixtures.TestRequest;
import id.go.cilegon.ppid.notification.support.MailServer;
import id.go.cilegon.ppid.notification.support.TestClock;
import id.go.cilegon.ppid.notification.support.WebhookSecretResource;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.keycloak.Keycloak;
import id.go.cilegon.ppid.testing.keycloak.KeycloakTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Real tokens from the real Keycloak with the realm of {@code deploy/keycloak}: the demo users' roles and
 * {@code opd} claims decide who sees which deadlines.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(WebhookSecretResource.class)
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class KeycloakEndToEndTest {

    @Inject
    TestClock clock;

    @Test
    void realmRolesAndOpdClaimGovernWhoSeesWhichDeadlines() {
        LocalDate received = LocalDate.of(2026, 11, 2);
        TestRequest request = Fixtures.newRequest();
        clock.officeHours(received);
        Fixtures.submitAndRoute(request, received, LocalDate.of(2026, 11, 16), "DLH");
        clock.officeHours(LocalDate.of(2026, 11, 12));

        given().auth()
                .oauth2(Keycloak.accessToken("ppid.utama"))
                .get("/deadlines/upcoming?opd=DLH")
                .then()
                .statusCode(200)
                .body("requestId", hasItem(request.id().toString()));
        given().auth()
                .oauth2(Keycloak.accessToken("petugas.dlh"))
                .get("/deadlines/upcoming")
                .then()
                .statusCode(200)
                .body("requestId", hasItem(request.id().toString()))
                .body("opdCode", everyItem(equalTo("DLH")));
        given().auth()
                .oauth2(Keycloak.accessToken("petugas.dpupr"))
                .get("/deadlines/upcoming?opd=DLH")
                .then()
                .statusCode(403)
                .body("code", equalTo("other-opd"));
        given().auth()
                .oauth2(Keycloak.accessToken("petugas.dlh"))
                .get("/notifications/failed")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Keycloak.accessToken("pemohon1"))
                .get("/deadlines/upcoming")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Keycloak.accessToken("ppid.utama"))
                .get("/notifications/failed")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2("eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl")
                .get("/deadlines/upcoming")
                .then()
                .statusCode(401);
    }
}
