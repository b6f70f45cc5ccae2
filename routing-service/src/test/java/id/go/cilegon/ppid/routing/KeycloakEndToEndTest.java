package id.go.cilegon.ppid.routing;

import static id.go.cilegon.ppid.routing.Fixtures.as;
import static id.go.cilegon.ppid.routing.Fixtures.awaitCase;
import static id.go.cilegon.ppid.routing.Fixtures.routingEvents;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RoutingMode;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.keycloak.Keycloak;
import id.go.cilegon.ppid.testing.keycloak.KeycloakTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Real tokens from the real Keycloak with the realm of {@code deploy/keycloak}: the demo users' roles and
 * {@code opd} claims decide who may transfer, assign and edit.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class KeycloakEndToEndTest {

    @Test
    void realmRolesAndOpdClaimGovernRouting() {
        UUID id = Fixtures.submit("Salinan dokumen AMDAL dan UKL-UPL pabrik kimia di Ciwandan", "Advokasi warga");
        awaitCase(id, c -> "DLH".equals(c.assignedOpdCode));
        String dlh = Keycloak.accessToken("petugas.dlh");
        String dpupr = Keycloak.accessToken("petugas.dpupr");
        String utama = Keycloak.accessToken("ppid.utama");
        Map<String, Object> handBack =
                Map.of("reason", "Jalan akses pabrik adalah urusan DPUPR", "suggestedOpdCode", "DPUPR");

        as(dpupr)
                .body(handBack)
                .post("/routing/requests/" + id + "/transfer")
                .then()
                .statusCode(403)
                .body("code", equalTo("not-assigned-to-your-opd"));
        as(dpupr).get("/routing/requests/" + id).then().statusCode(403);
        as(dlh).get("/routing/requests/" + id).then().statusCode(200).body("assignedOpdCode", equalTo("DLH"));
        as(dlh).body(handBack)
                .post("/routing/requests/" + id + "/transfer")
                .then()
                .statusCode(200)
                .body("assignedOpdCode", equalTo("DPUPR"));
        as(dpupr).get("/routing/requests/" + id).then().statusCode(200).body("transferCount", equalTo(1));

        as(dlh).get("/routing/queue").then().statusCode(403);
        as(Keycloak.accessToken("admin.ppid"))
                .body(Map.of("opdCode", "DLH"))
                .post("/routing/requests/" + id + "/assignment")
                .then()
                .statusCode(403);
        as(utama).get("/routing/queue").then().statusCode(200);
        as(utama)
                .body(Map.of("opdCode", "DLH", "note", "Dokumen AMDAL memang di DLH"))
                .post("/routing/requests/" + id + "/assignment")
                .then()
                .statusCode(200)
                .body("assignedOpdCode", equalTo("DLH"));
        RequestRouted manual = (RequestRouted) routingEvents(id, 4).get(3).payload();
        assertEquals(RoutingMode.MANUAL, manual.mode());
        assertEquals("DPUPR", manual.previousOpdCode());

        as(Keycloak.accessToken("pemohon1")).get("/opds").then().statusCode(200).body("opdCode", hasItem("DLH"));
        as(Keycloak.accessToken("pemohon1"))
                .body(Map.of("opdCode", "DLH"))
                .post("/routing/requests/" + id + "/assignment")
                .then()
                .statusCode(403);
        as("eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl").get("/opds").then().statusCode(401);
    }
}
