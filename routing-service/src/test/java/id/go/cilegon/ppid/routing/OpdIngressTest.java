package id.go.cilegon.ppid.routing;

import static id.go.cilegon.ppid.routing.Fixtures.WAIT;
import static id.go.cilegon.ppid.routing.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.common.InformationCategory;
import id.go.cilegon.ppid.contracts.opd.RegisterEntryPublished;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * OPD systems publish over HTTP, as themselves only: the OPD is the one the token names, the event's source is
 * replaced by it, and an event about another OPD is refused; a retry is accepted once.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class OpdIngressTest {

    private static String entry(String opd, String entryId, String title) {
        return new String(
                EventJson.write(new RegisterEntryPublished(
                        opd,
                        entryId,
                        title,
                        "Ringkasan " + title,
                        InformationCategory.ON_REQUEST,
                        List.of(),
                        null,
                        Instant.now())),
                StandardCharsets.UTF_8);
    }

    private static RequestSpecification binary(String token, String id, String type) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .header("ce-specversion", "1.0")
                .header("ce-id", id)
                .header("ce-type", type)
                .header("ce-source", "/ppid/opd/DPUPR");
    }

    private static List<String> register(String opd) {
        return as(TestTokens.main())
                .get("/opds/" + opd + "/register")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("entryId");
    }

    @Test
    void anOpdSystemPublishesAsItselfOnlyAndARetryCountsOnce() {
        String dlh = TestTokens.opdSystem("DLH");
        String forged = "DPUPR-FORGED-" + UUID.randomUUID().toString().substring(0, 8);
        binary(dlh, UUID.randomUUID().toString(), EventTypes.OPD_REGISTER_ENTRY_PUBLISHED)
                .body(entry("DPUPR", forged, "Data jalan rusak"))
                .post("/opd-events")
                .then()
                .statusCode(403)
                .body("code", equalTo("other-opd"));

        String id = UUID.randomUUID().toString();
        String entryId = "DLH-HTTP-" + id.substring(0, 8);
        binary(dlh, id, EventTypes.OPD_REGISTER_ENTRY_PUBLISHED)
                .body(entry("DLH", entryId, "Data kualitas udara"))
                .post("/opd-events")
                .then()
                .statusCode(202)
                .body("status", equalTo("accepted"))
                .body("opdCode", equalTo("DLH"));
        binary(dlh, id, EventTypes.OPD_REGISTER_ENTRY_PUBLISHED)
                .body(entry("DLH", entryId, "Data kualitas udara"))
                .post("/opd-events")
                .then()
                .statusCode(200)
                .body("status", equalTo("duplicate"));

        // Published by the platform with the OPD's id, in the name of the OPD that authenticated (not the
        // ce-source the caller claimed), and applied by routing-service's own consumer.
        ConsumerRecord<String, String> published = KafkaTestClient.consumeFirst(
                Topics.OPD_EVENTS, r -> id.equals(KafkaTestClient.header(r, CloudEventHeaders.ID)), WAIT);
        assertEquals("DLH", published.key());
        assertEquals(Services.opdSystemSource("DLH"), KafkaTestClient.header(published, CloudEventHeaders.SOURCE));
        await().atMost(WAIT).until(() -> register("DLH").contains(entryId));
        assertFalse(register("DPUPR").contains(forged));
    }

    @Test
    void structuredModeWorksToo() {
        String id = UUID.randomUUID().toString();
        String entryId = "DLH-CE-" + id.substring(0, 8);
        String event = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/anything\",\"type\":\""
                + EventTypes.OPD_REGISTER_ENTRY_PUBLISHED + "\",\"data\":" + entry("DLH", entryId, "Data sampah")
                + "}";
        given().auth()
                .oauth2(TestTokens.opdSystem("DLH"))
                .contentType("application/cloudevents+json")
                .body(event.getBytes(StandardCharsets.UTF_8))
                .post("/opd-events")
                .then()
                .statusCode(202);
        await().atMost(WAIT).until(() -> register("DLH").contains(entryId));
    }

    @Test
    void whatIsNotAValidOpdEventIsRefusedByField() {
        String dlh = TestTokens.opdSystem("DLH");
        binary(dlh, "bukan-uuid", EventTypes.OPD_REGISTER_ENTRY_PUBLISHED)
                .body(entry("DLH", "DLH-X", "Judul"))
                .post("/opd-events")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("id"));
        binary(dlh, UUID.randomUUID().toString(), EventTypes.REQUEST_SUBMITTED)
                .body(entry("DLH", "DLH-X", "Judul"))
                .post("/opd-events")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("type"))
                .body("violations[0].code", equalTo("enum-invalid"));
        binary(dlh, UUID.randomUUID().toString(), EventTypes.OPD_REGISTER_ENTRY_PUBLISHED)
                .body(entry("DLH", "DLH-X", "Judul").replace("Judul", "x".repeat(501)))
                .post("/opd-events")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("data"));
        binary(
                        TestTokens.officer("petugas-dlh", "DLH"),
                        UUID.randomUUID().toString(),
                        EventTypes.OPD_REGISTER_ENTRY_PUBLISHED)
                .body(entry("DLH", "DLH-X", "Judul"))
                .post("/opd-events")
                .then()
                .statusCode(403);
        given().contentType("application/json")
                .body(entry("DLH", "DLH-X", "Judul"))
                .post("/opd-events")
                .then()
                .statusCode(401);
    }
}
