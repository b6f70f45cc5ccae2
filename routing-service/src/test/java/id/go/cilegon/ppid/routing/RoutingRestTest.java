package id.go.cilegon.ppid.routing;

import static id.go.cilegon.ppid.routing.Fixtures.as;
import static id.go.cilegon.ppid.routing.Fixtures.awaitCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Roles and input of the routing API: who sees the queue, assigns, transfers and previews, and what is refused. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class RoutingRestTest {

    private static final String KTP = "Data jumlah perekaman KTP elektronik dan ketersediaan blanko per kecamatan";

    @Test
    void onlyThePpidUtamaSeesTheQueueAndAssigns() {
        UUID id = Fixtures.submit(KTP, "Liputan");
        awaitCase(id, c -> "DISDUKCAPIL".equals(c.assignedOpdCode));

        as(TestTokens.officer("petugas-dlh", "DLH"))
                .get("/routing/queue")
                .then()
                .statusCode(403)
                .body("code", equalTo("role-not-allowed"));
        as(TestTokens.admin()).get("/routing/queue").then().statusCode(403);
        as(TestTokens.applicant("warga")).get("/routing/queue").then().statusCode(403);
        as(TestTokens.main())
                .get("/routing/queue?size=0")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("size"))
                .body("violations[0].code", equalTo("range"));
        as(TestTokens.main()).get("/routing/queue").then().statusCode(200).header("X-Total-Count", notNullValue());

        as(TestTokens.officer("petugas-disdukcapil", "DISDUKCAPIL"))
                .body(Map.of("opdCode", "DLH"))
                .post("/routing/requests/" + id + "/assignment")
                .then()
                .statusCode(403);
        as(TestTokens.main())
                .body(Map.of("opdCode", "dlh"))
                .post("/routing/requests/" + id + "/assignment")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("opdCode"))
                .body("violations[0].message_id", notNullValue());
        as(TestTokens.main())
                .body(Map.of("opdCode", "NOT_AN_OPD"))
                .post("/routing/requests/" + id + "/assignment")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("opd-unknown"));
        as(TestTokens.main())
                .body(Map.of("opdCode", "DLH"))
                .post("/routing/requests/" + UUID.randomUUID() + "/assignment")
                .then()
                .statusCode(404)
                .body("code", equalTo("request-not-found"));
    }

    @Test
    void officersSeeAndTransferOnlyTheirOpdsRequests() {
        UUID id = Fixtures.submit(KTP, "Liputan");
        awaitCase(id, c -> "DISDUKCAPIL".equals(c.assignedOpdCode));
        String dukcapil = TestTokens.officer("petugas-disdukcapil", "DISDUKCAPIL");

        as(dukcapil)
                .get("/routing/requests/" + id)
                .then()
                .statusCode(200)
                .body("assignedOpdCode", equalTo("DISDUKCAPIL"))
                .body("candidates[0].matchedTerms", hasItem("blanko"))
                .body("history[0].bySystem", equalTo(true));
        as(dukcapil)
                .get("/routing/requests?status=ROUTED")
                .then()
                .statusCode(200)
                .body("assignedOpdCode", everyItem(equalTo("DISDUKCAPIL")));
        as(TestTokens.officer("petugas-dlh", "DLH"))
                .get("/routing/requests/" + id)
                .then()
                .statusCode(403)
                .body("code", equalTo("other-opd"));
        as(TestTokens.officer("petugas-dlh", "DLH"))
                .get("/routing/requests?opdCode=DISDUKCAPIL")
                .then()
                .statusCode(403);
        as(TestTokens.officer("petugas-dlh", "DLH"))
                .body(Map.of("reason", "Bukan informasi yang kami kuasai"))
                .post("/routing/requests/" + id + "/transfer")
                .then()
                .statusCode(403)
                .body("code", equalTo("not-assigned-to-your-opd"));
        as(TestTokens.main())
                .body(Map.of("reason", "Dialihkan oleh PPID Utama"))
                .post("/routing/requests/" + id + "/transfer")
                .then()
                .statusCode(403)
                .body("code", equalTo("role-not-allowed"));
        as(TestTokens.token("tanpa-opd", java.util.List.of("ppid-officer"), null))
                .body(Map.of("reason", "Bukan informasi yang kami kuasai"))
                .post("/routing/requests/" + id + "/transfer")
                .then()
                .statusCode(403);

        as(dukcapil)
                .body(Map.of("reason", "pendek"))
                .post("/routing/requests/" + id + "/transfer")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"))
                .body("violations[0].message_id", equalTo("panjangnya harus antara 10 dan 2000 karakter"));
        as(dukcapil)
                .body(Map.of("reason", "Bukan informasi\u0085 yang kami kuasai"))
                .post("/routing/requests/" + id + "/transfer")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"))
                .body("violations[0].code", equalTo("text-control"))
                .body("violations[0].message", equalTo("must not contain control characters (found U+0085)"));
        as(dukcapil)
                .body(Map.of("reason", "Bukan informasi yang kami kuasai", "suggestedOpdCode", "DISDUKCAPIL"))
                .post("/routing/requests/" + id + "/transfer")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("opd-same"));
        as(dukcapil)
                .body(Map.of("reason", "Bukan informasi yang kami kuasai", "suggestedOpdCode", "NOT_AN_OPD"))
                .post("/routing/requests/" + id + "/transfer")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("opd-unknown"));
        as(dukcapil)
                .post("/routing/requests/" + id + "/transfer")
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("body-required"));
        as(dukcapil)
                .body(Map.of("reason", "Bukan informasi yang kami kuasai"))
                .post("/routing/requests/not-a-uuid/transfer")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("id"))
                .body("violations[0].code", equalTo("uuid-invalid"));
    }

    @Test
    void previewExplainsWithoutRouting() {
        as(TestTokens.admin())
                .body(Map.of("informationDetails", "salinan akte kelahiran anak saya hilang"))
                .post("/routing/preview")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("CONFIDENT"))
                .body("opdCode", equalTo("DISDUKCAPIL"))
                .body("queryTerms", hasItem("akta"));
        as(TestTokens.officer("petugas-dlh", "DLH"))
                .body(Map.of("informationDetails", "apa saja"))
                .post("/routing/preview")
                .then()
                .statusCode(403);
        as(TestTokens.main())
                .body(Map.of("purpose", "x"))
                .post("/routing/preview")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("informationDetails"));
    }
}
