package id.go.cilegon.ppid.routing;

import static id.go.cilegon.ppid.routing.Fixtures.as;
import static id.go.cilegon.ppid.routing.Fixtures.awaitCase;
import static id.go.cilegon.ppid.routing.Fixtures.routingEvents;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.InformationCategory;
import id.go.cilegon.ppid.contracts.opd.InformationPublished;
import id.go.cilegon.ppid.contracts.opd.OpdDecisionSubmitted;
import id.go.cilegon.ppid.contracts.opd.RegisterEntryPublished;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RoutingMode;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.keycloak.Keycloak;
import id.go.cilegon.ppid.testing.keycloak.KeycloakTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * OPD DLH's system, with its real client credentials, tries every path it has to act for DPUPR (publish its
     * register entry, its periodic information, its decision; edit its register by REST): each is refused, while DLH's
     * own event goes through.
     */
    @Test
    void anOpdSystemActsOnlyAsItself() {
        String dlhSystem = Keycloak.clientToken("opd-system-dlh");
        String entryId = "DPUPR-BY-DLH-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        Map<String, EventPayload> forged = Map.of(
                EventTypes.OPD_REGISTER_ENTRY_PUBLISHED,
                new RegisterEntryPublished(
                        "DPUPR",
                        entryId,
                        "Data jalan",
                        "Data jalan rusak",
                        InformationCategory.ON_REQUEST,
                        List.of(),
                        null,
                        now),
                EventTypes.OPD_INFORMATION_PUBLISHED,
                new InformationPublished(
                        "DPUPR", "DIP-1", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), null, now),
                EventTypes.OPD_DECISION_SUBMITTED,
                new OpdDecisionSubmitted(
                        "DPUPR",
                        UUID.randomUUID(),
                        DecisionType.GRANTED,
                        new DecisionNotice(
                                "Informasi diberikan", List.of(), null, null, null, null, 0, null, null, null, null),
                        now,
                        null));
        forged.forEach((type, payload) -> given().auth()
                .oauth2(dlhSystem)
                .contentType("application/json")
                .header("ce-specversion", "1.0")
                .header("ce-id", UUID.randomUUID().toString())
                .header("ce-type", type)
                .body(EventJson.write(payload))
                .post("/opd-events")
                .then()
                .statusCode(403)
                .body("code", equalTo("other-opd")));
        as(dlhSystem)
                .body(Map.of("title", "Data jalan", "summary", "Data jalan rusak", "category", "ON_REQUEST"))
                .put("/opds/DPUPR/register/" + entryId)
                .then()
                .statusCode(403)
                .body("code", equalTo("other-opd"));

        String ownEntry = "DLH-BY-DLH-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth()
                .oauth2(dlhSystem)
                .contentType("application/json")
                .header("ce-specversion", "1.0")
                .header("ce-id", UUID.randomUUID().toString())
                .header("ce-type", EventTypes.OPD_REGISTER_ENTRY_PUBLISHED)
                .body(EventJson.write(new RegisterEntryPublished(
                        "DLH",
                        ownEntry,
                        "Data udara",
                        "Data kualitas udara",
                        InformationCategory.ON_REQUEST,
                        List.of(),
                        null,
                        now)))
                .post("/opd-events")
                .then()
                .statusCode(202)
                .body("opdCode", equalTo("DLH"));
        org.awaitility.Awaitility.await()
                .atMost(Fixtures.WAIT)
                .until(() -> as(Keycloak.accessToken("ppid.utama"))
                        .get("/opds/DLH/register")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("entryId")
                        .contains(ownEntry));
        as(Keycloak.accessToken("ppid.utama"))
                .get("/opds/DPUPR/register")
                .then()
                .statusCode(200)
                .body("entryId", not(hasItem(entryId)));
        // An officer is a person, not an OPD system: the HTTP intake is for systems only.
        given().auth()
                .oauth2(Keycloak.accessToken("petugas.dlh"))
                .contentType("application/json")
                .header("ce-specversion", "1.0")
                .header("ce-id", UUID.randomUUID().toString())
                .header("ce-type", EventTypes.OPD_REGISTER_ENTRY_PUBLISHED)
                .body(EventJson.write(forged.get(EventTypes.OPD_REGISTER_ENTRY_PUBLISHED)))
                .post("/opd-events")
                .then()
                .statusCode(403);
    }
}
