package id.go.cilegon.ppid.testing.keycloak;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A quarkus-oidc service configured only with the two keys KeycloakTestResource returns (plus
 * quarkus.oidc.token.audience=ppid-api) accepts the realm's tokens and maps realm roles.
 */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class QuarkusOidcAcceptsRealmTokensTest {

    @Test
    void noTokenIsUnauthorized() {
        given().get("/whoami").then().statusCode(401);
    }

    @Test
    void garbageTokenIsUnauthorized() {
        given().auth().oauth2("not-a-token").get("/whoami").then().statusCode(401);
    }

    @Test
    void officerTokenFromPpidWebIsAcceptedWithRoleAndOpdClaim() {
        String token = Keycloak.accessToken("petugas.dlh", Keycloak.DEMO_PASSWORD);
        given().auth()
                .oauth2(token)
                .get("/whoami")
                .then()
                .statusCode(200)
                .body(containsString("petugas.dlh"))
                .body(containsString("ppid-officer"));
        given().auth()
                .oauth2(token)
                .get("/whoami/officer-opd")
                .then()
                .statusCode(200)
                .body(equalTo("DLH"));
        given().auth().oauth2(token).get("/whoami/main").then().statusCode(403);
    }

    @Test
    void applicantIsForbiddenOnOfficerEndpoint() {
        String token = Keycloak.accessToken("pemohon1");
        given().auth().oauth2(token).get("/whoami").then().statusCode(200).body(containsString("applicant"));
        given().auth().oauth2(token).get("/whoami/officer-opd").then().statusCode(403);
    }

    @Test
    void ppidUtamaHasPpidMain() {
        given().auth()
                .oauth2(Keycloak.accessToken("ppid.utama"))
                .get("/whoami/main")
                .then()
                .statusCode(200);
    }

    @Test
    void opdSystemClientTokenIsAccepted() {
        String token = Keycloak.clientToken("opd-system-dpupr");
        given().auth()
                .oauth2(token)
                .get("/whoami/system-opd")
                .then()
                .statusCode(200)
                .body(equalTo("DPUPR"));
        given().auth().oauth2(token).get("/whoami/officer-opd").then().statusCode(403);
    }
}
