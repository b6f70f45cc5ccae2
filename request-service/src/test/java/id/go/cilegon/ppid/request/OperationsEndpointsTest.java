package id.go.cilegon.ppid.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operators and integrators rely on: the API document, Swagger UI, health and metrics. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class OperationsEndpointsTest {

    @Test
    void openApiDocumentsEveryLifecycleStep() {
        given().get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("/requests/{id}/objection/decision"))
                .body(containsString("/requests/{id}/extension"))
                .body(containsString("Idempotency-Key"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void healthIsUpWithDatabaseAndKafka() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void metricsExposeTheOutboxBacklog() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("ppid_outbox_backlog"));
    }
}
