package id.go.cilegon.ppid.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import id.go.cilegon.ppid.notification.service.SlaSweep;
import id.go.cilegon.ppid.notification.support.Fixtures;
import id.go.cilegon.ppid.notification.support.Fixtures.TestRequest;
import id.go.cilegon.ppid.notification.support.MailServer;
import id.go.cilegon.ppid.notification.support.TestClock;
import id.go.cilegon.ppid.notification.support.WebhookSecretResource;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The operator API with tokens verified by quarkus-oidc: the PPID Utama sees every OPD's deadlines and the failed
 * messages, an officer only their own OPD's upcoming deadlines; every refusal and invalid input is an RFC 9457
 * problem in English and Bahasa Indonesia.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(WebhookSecretResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class OperatorApiTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);
    static final LocalDate DUE = LocalDate.of(2026, 11, 16);

    @Inject
    TestClock clock;

    @Inject
    SlaSweep sweep;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept("application/json");
    }

    @Test
    void deadlinesPerOpdForThePpidUtamaAndEachOfficersOwnOpd() {
        String opd = Fixtures.opdCode();
        String otherOpd = Fixtures.opdCode();
        TestRequest mine = Fixtures.newRequest();
        TestRequest queued = Fixtures.newRequest();
        clock.officeHours(RECEIVED);
        Fixtures.submitAndRoute(mine, RECEIVED, DUE, opd);
        Fixtures.submitAndRoute(queued, RECEIVED, DUE, null);
        clock.officeHours(LocalDate.of(2026, 11, 12));

        as(TestTokens.main())
                .get("/deadlines/upcoming?opd=" + opd)
                .then()
                .statusCode(200)
                .body("requestId", hasItem(mine.id().toString()))
                .body("find { it.requestId == '" + mine.id() + "' }.workingDaysLeft", equalTo(2))
                .body("find { it.requestId == '" + mine.id() + "' }.responsible", equalTo("OPD_DESK"))
                .body("find { it.requestId == '" + mine.id() + "' }.dueDate", equalTo("2026-11-16"));
        as(TestTokens.main())
                .get("/deadlines/upcoming?queued=true&size=100")
                .then()
                .statusCode(200)
                .body("requestId", hasItem(queued.id().toString()))
                .body("requestId", not(hasItem(mine.id().toString())));
        as(TestTokens.main())
                .get("/deadlines/upcoming?within=1&opd=" + opd)
                .then()
                .statusCode(200)
                .body("requestId", not(hasItem(mine.id().toString())));

        // An officer sees their OPD without asking, never another's, never the queue.
        as(TestTokens.officer("petugas-" + opd, opd))
                .get("/deadlines/upcoming")
                .then()
                .statusCode(200)
                .body("opdCode", everyItem(equalTo(opd)))
                .body("requestId", hasItem(mine.id().toString()));
        as(TestTokens.officer("petugas-" + otherOpd, otherOpd))
                .get("/deadlines/upcoming")
                .then()
                .statusCode(200)
                .body("requestId", not(hasItem(mine.id().toString())));
        as(TestTokens.officer("petugas-" + otherOpd, otherOpd))
                .get("/deadlines/upcoming?opd=" + opd)
                .then()
                .statusCode(403)
                .header("Content-Type", "application/problem+json")
                .body("code", equalTo("other-opd"))
                .body("title_id", equalTo("Akses ditolak"));
        as(TestTokens.officer("petugas-" + otherOpd, otherOpd))
                .get("/deadlines/upcoming?queued=true")
                .then()
                .statusCode(403);
        as(TestTokens.officer("petugas-" + opd, opd))
                .get("/deadlines/overdue")
                .then()
                .statusCode(403)
                .body("code", equalTo("role-not-allowed"));
        as(TestTokens.applicant("warga-" + UUID.randomUUID()))
                .get("/deadlines/upcoming")
                .then()
                .statusCode(403)
                .body("code", equalTo("role-not-allowed"));
        as(TestTokens.superior()).get("/deadlines/summary").then().statusCode(403);
        given().get("/deadlines/upcoming").then().statusCode(401).body("code", equalTo("unauthorized"));

        clock.officeHours(LocalDate.of(2026, 11, 18));
        as(TestTokens.main())
                .get("/deadlines/overdue?opd=" + opd)
                .then()
                .statusCode(200)
                .body("find { it.requestId == '" + mine.id() + "' }.workingDaysLeft", equalTo(-2));
        as(TestTokens.main())
                .get("/deadlines/summary")
                .then()
                .statusCode(200)
                .body("find { it.opdCode == '" + opd + "' }.overdue", equalTo(1));
        as(TestTokens.main())
                .get("/deadlines/upcoming?opd=" + opd)
                .then()
                .statusCode(200)
                .body("requestId", not(hasItem(mine.id().toString())));
    }

    @Test
    void invalidParametersAreNamedInBothLanguages() {
        as(TestTokens.main())
                .get("/deadlines/upcoming?page=-1&size=0&within=99&opd=dlh")
                .then()
                .statusCode(400)
                .header("Content-Type", "application/problem+json")
                .body("type", equalTo("https://ppid.cilegon.go.id/problems/invalid-input"))
                .body("title_id", equalTo("Isian tidak valid"))
                .body("violations", hasSize(4))
                .body("violations.field", hasItem("opd"))
                .body("violations.find { it.field == 'size' }.message", equalTo("must be between 1 and 100"))
                .body("violations.find { it.field == 'size' }.message_id", equalTo("harus antara 1 dan 100"));
        as(TestTokens.main())
                .get("/notifications?requestId=not-a-uuid")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("requestId"))
                .body("violations[0].code", equalTo("uuid-invalid"));
        as(TestTokens.main())
                .post("/notifications/" + UUID.randomUUID() + "/retry")
                .then()
                .statusCode(404)
                .body("code", equalTo("notification-not-found"))
                .body("detail_id", not(equalTo(null)));
        as(TestTokens.main()).post("/notifications/nope/retry").then().statusCode(400);
    }

    @Test
    void thePpidUtamaSeesEveryMessageOfARequestButNoAddress() {
        String opd = Fixtures.opdCode();
        Fixtures.directory(opd, 1, null);
        TestRequest request = Fixtures.newRequest();
        clock.officeHours(RECEIVED);
        Fixtures.submitAndRoute(request, RECEIVED, DUE, opd);
        Fixtures.awaitDelivered(request.id());
        String body = as(TestTokens.main())
                .get("/notifications?requestId=" + request.id())
                .then()
                .statusCode(200)
                .body("kind", hasItem("request-received"))
                .body("kind", hasItem("request-assigned"))
                .body("find { it.kind == 'request-assigned' }.opdCode", equalTo(opd))
                .body("find { it.kind == 'request-received' }.status", equalTo("SENT"))
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("@"), body);
        as(TestTokens.officer("petugas-" + opd, opd))
                .get("/notifications?requestId=" + request.id())
                .then()
                .statusCode(403);
        // A message that was sent cannot be "retried".
        String sent = as(TestTokens.main())
                .get("/notifications?requestId=" + request.id())
                .then()
                .extract()
                .path("find { it.kind == 'request-received' }.id");
        as(TestTokens.main())
                .post("/notifications/" + sent + "/retry")
                .then()
                .statusCode(409)
                .body("code", equalTo("not-retryable"));
    }
}
