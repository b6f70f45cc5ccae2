package id.go.cilegon.ppid.request;

import static id.go.cilegon.ppid.request.Fixtures.as;
import static id.go.cilegon.ppid.request.Fixtures.form;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How often an applicant may file online, with small limits: 2 per account and 5 per address in any minute, 3 per
 * account per day. Each test files from an address of its own (X-Forwarded-For, as the ingress sends it).
 */
@QuarkusTest
@TestProfile(IntakeLimitsTest.SmallLimits.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class IntakeLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "ppid.intake.limits.per-applicant-per-minute", "2",
                    "ppid.intake.limits.per-address-per-minute", "5",
                    "ppid.intake.limits.per-applicant-per-day", "3",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    @Inject
    TestClock clock;

    private static ValidatableResponse file(String token, String address) {
        return as(token)
                .header("X-Forwarded-For", address)
                .body(form())
                .post("/requests")
                .then();
    }

    @Test
    void anApplicantIsSlowedDownAndThenCappedForTheDay() {
        clock.setWib(LocalDateTime.of(2026, 12, 8, 10, 0));
        String token = TestTokens.applicant("limits-citizen-a");
        file(token, "203.0.113.1").statusCode(201);
        file(token, "203.0.113.1").statusCode(201);
        file(token, "203.0.113.1")
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "60")
                .body("type", equalTo("https://ppid.cilegon.go.id/problems/too-many-requests"))
                .body("code", equalTo("too-fast"))
                .body("detail_id", notNullValue());

        clock.setWib(LocalDateTime.of(2026, 12, 8, 10, 1, 1));
        file(token, "203.0.113.1").statusCode(201);
        clock.setWib(LocalDateTime.of(2026, 12, 8, 10, 2, 2));
        String retryAfter = file(token, "203.0.113.1")
                .statusCode(429)
                .body("code", equalTo("daily-limit"))
                .extract()
                .header("Retry-After");
        // Until midnight WIB: 13 h 57 min 58 s.
        assertEquals(13 * 3600 + 57 * 60 + 58, Integer.parseInt(retryAfter));
        assertEquals(
                3L,
                QuarkusTransaction.requiringNew()
                        .call(() -> InformationRequest.count("ownerSubject", "limits-citizen-a")));

        clock.setWib(LocalDateTime.of(2026, 12, 9, 8, 0));
        file(token, "203.0.113.1").statusCode(201);
    }

    @Test
    void oneAddressIsSlowedDownWhateverTheAccount() {
        for (int i = 1; i <= 5; i++) {
            file(TestTokens.applicant("limits-citizen-b" + i), "203.0.113.2").statusCode(201);
        }
        file(TestTokens.applicant("limits-citizen-b6"), "203.0.113.2")
                .statusCode(429)
                .body("code", equalTo("too-fast"));
        file(TestTokens.applicant("limits-citizen-b6"), "203.0.113.20").statusCode(201);
    }

    @Test
    void officersFilingForWalkInApplicantsAreNotLimited() {
        String officer = TestTokens.officer("limits-petugas-dlh", "DLH");
        for (int i = 0; i < 4; i++) {
            file(officer, "203.0.113.3").statusCode(201).body("channel", equalTo("WALK_IN"));
        }
    }
}
