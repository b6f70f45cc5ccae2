package id.go.cilegon.ppid.routing;

import static id.go.cilegon.ppid.routing.Fixtures.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An OPD's register keywords are proposals: an officer who stuffs another OPD's words into them pulls no request
 * until the PPID Utama accepts them, and the PPID Utama accepts at most ten per entry.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class RegisterGovernanceTest {

    private static final String OFFICER = TestTokens.officer("petugas-dlh-register", "DLH");

    private static Map<String, Object> entry(List<String> keywords) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("title", "Data pemantauan kebisingan");
        entry.put("summary", "Hasil pengukuran kebisingan per kawasan industri, per triwulan");
        entry.put("category", "ON_REQUEST");
        entry.put("keywords", keywords);
        return entry;
    }

    private static ValidatableResponse preview(String word) {
        return as(TestTokens.main())
                .body(Map.of("informationDetails", word + " " + word))
                .post("/routing/preview")
                .then()
                .statusCode(200);
    }

    private static String proposal(String entryId, String step) {
        return "/opds/DLH/register/" + entryId + "/keyword-proposal/" + step;
    }

    @Test
    void keywordsAnOpdProposesSteerRoutingOnlyOnceThePpidUtamaAcceptsThem() {
        String word = Fixtures.uniqueWord();
        String entryId = "DLH-KW-" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/opds/DLH/register/" + entryId;

        as(OFFICER)
                .body(entry(List.of(word, "kebisingan")))
                .put(path)
                .then()
                .statusCode(201)
                .body("keywords", empty())
                .body("proposedKeywords", equalTo(List.of(word, "kebisingan")));
        preview(word).body("candidates", empty());

        as(OFFICER).get("/opds/register/keyword-proposals").then().statusCode(403);
        as(TestTokens.main())
                .get("/opds/register/keyword-proposals")
                .then()
                .statusCode(200)
                .body("entryId", hasItem(entryId));
        as(OFFICER).body(Map.of()).post(proposal(entryId, "acceptance")).then().statusCode(403);
        as(TestTokens.main())
                .body(Map.of("keywords", List.of(word, "tidak-diusulkan")))
                .post(proposal(entryId, "acceptance"))
                .then()
                .statusCode(409)
                .body("code", equalTo("keywords-not-proposed"));

        as(TestTokens.main())
                .body(Map.of("keywords", List.of(word)))
                .post(proposal(entryId, "acceptance"))
                .then()
                .statusCode(200)
                .body("keywords", equalTo(List.of(word)))
                .body("proposedKeywords", nullValue());
        preview(word).body("candidates[0].opdCode", equalTo("DLH")).body("candidates[0].matchedTerms", hasItem(word));

        // The same keywords again are no proposal; more than ten cannot be accepted; a refusal keeps what was accepted.
        as(OFFICER).body(entry(List.of(word))).put(path).then().statusCode(200).body("proposedKeywords", nullValue());
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(word + "x" + i);
        }
        as(OFFICER).body(entry(many)).put(path).then().statusCode(200).body("keywords", equalTo(List.of(word)));
        as(TestTokens.main())
                .body(Map.of())
                .post(proposal(entryId, "acceptance"))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("keywords"))
                .body("violations[0].code", equalTo("count"));
        as(TestTokens.main())
                .body(Map.of("reason", "Kata kunci tidak sesuai isi informasi"))
                .post(proposal(entryId, "refusal"))
                .then()
                .statusCode(200)
                .body("keywords", equalTo(List.of(word)))
                .body("proposedKeywords", nullValue());
        as(TestTokens.main())
                .body(Map.of("reason", "Kata kunci tidak sesuai isi informasi"))
                .post(proposal(entryId, "refusal"))
                .then()
                .statusCode(409)
                .body("code", equalTo("no-keyword-proposal"));
        as(TestTokens.main())
                .get("/opds/register/keyword-proposals")
                .then()
                .statusCode(200)
                .body("entryId", not(hasItem(entryId)));
    }
}
