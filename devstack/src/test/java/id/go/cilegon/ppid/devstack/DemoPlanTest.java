package id.go.cilegon.ppid.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.go.cilegon.ppid.devstack.DemoPlan.DemoRequest;
import id.go.cilegon.ppid.devstack.DemoPlan.Kind;
import id.go.cilegon.ppid.devstack.DemoPlan.Step;
import id.go.cilegon.ppid.request.domain.NoticeRules;
import id.go.cilegon.ppid.request.rest.StepBodies;
import id.go.cilegon.ppid.request.rest.SubmitRequestBody;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The demo data can only seed if request-service accepts it: every body is read into request-service's own request
 * records (unknown fields fail) and checked with their Bean Validation annotations and cross-field rules, decisions
 * with {@link NoticeRules}; the plan's OPDs exist in routing-service's directory seed and each step's actor may take it.
 */
class DemoPlanTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    @Test
    void everyFormIsValidForRequestService() throws Exception {
        List<Map<String, Object>> forms = new ArrayList<>();
        DemoPlan.REQUESTS.forEach(r -> forms.add(r.body()));
        forms.add(DemoPlan.form(
                DemoPlan.PEMOHON1,
                Walkthrough.DETAILS,
                Walkthrough.PURPOSE,
                List.of("READ", "COPY"),
                List.of("EMAIL")));
        for (Map<String, Object> form : forms) {
            SubmitRequestBody body = JSON.convertValue(form, SubmitRequestBody.class);
            assertValid(body, form.get("informationDetails"));
            assertEquals(List.of(), body.crossFieldViolations(), String.valueOf(form.get("informationDetails")));
        }
    }

    @Test
    void everyStepBodyIsValidForRequestService() throws Exception {
        for (DemoRequest r : DemoPlan.REQUESTS) {
            for (Step s : r.steps()) {
                switch (s.kind()) {
                    case EXTEND:
                        assertValid(JSON.convertValue(s.body(), StepBodies.Extension.class), r.key());
                        break;
                    case DECIDE:
                        StepBodies.Decision d = JSON.convertValue(s.body(), StepBodies.Decision.class);
                        assertValid(d, r.key());
                        assertEquals(List.of(), NoticeRules.check(d.decision(), d.notice(), ""), r.key());
                        break;
                    case WITHDRAW:
                        assertValid(JSON.convertValue(s.body(), StepBodies.Withdrawal.class), r.key());
                        break;
                    case OBJECT:
                        assertValid(JSON.convertValue(s.body(), StepBodies.Objection.class), r.key());
                        break;
                    case DECIDE_OBJECTION:
                        assertValid(JSON.convertValue(s.body(), StepBodies.ObjectionDecision.class), r.key());
                        break;
                    default:
                        break;
                }
            }
        }
    }

    @Test
    void routingStepsNameOpdsOfTheDirectorySeedWithValidBodies() throws Exception {
        // routing-service's seed (RoutingBodies: opdCode ^[A-Z][A-Z0-9_]{1,31}$, transfer reason 10-2000 characters)
        JsonNode seed = JSON.readTree(Path.of("../routing-service/src/main/resources/directory/cilegon-opd.json")
                .toFile());
        Set<String> codes = new HashSet<>();
        seed.path("opds").forEach(o -> codes.add(o.path("opdCode").asText()));
        assertTrue(codes.size() > 20, "the seed was read");
        for (DemoRequest r : DemoPlan.REQUESTS) {
            for (Step s : r.steps()) {
                if (s.opd() != null) {
                    assertTrue(codes.contains(s.opd()), r.key() + ": " + s.opd() + " is not in the directory seed");
                }
                if (s.kind() == Kind.ASSIGN || s.kind() == Kind.TRANSFER) {
                    assertTrue(s.opd().matches("^[A-Z][A-Z0-9_]{1,31}$"), r.key());
                    assertEquals(
                            s.opd(),
                            s.kind() == Kind.ASSIGN
                                    ? s.body().get("opdCode")
                                    : s.body().get("suggestedOpdCode"),
                            r.key());
                }
                if (s.kind() == Kind.TRANSFER) {
                    int n = ((String) s.body().get("reason")).length();
                    assertTrue(n >= 10 && n <= 2000, r.key());
                }
            }
        }
    }

    /** Each step is taken by someone allowed to: the officer of the OPD holding the request at that moment. */
    @Test
    void everyStepIsTakenByWhoMayTakeIt() {
        for (DemoRequest r : DemoPlan.REQUESTS) {
            String holder = null;
            String decision = null;
            for (Step s : r.steps()) {
                switch (s.kind()) {
                    case ROUTED:
                        assertNotNull(s.opd(), r.key() + ": a routed step names the OPD expected");
                        holder = s.opd();
                        break;
                    case QUEUED:
                        assertEquals(null, holder, r.key() + ": queued before any assignment");
                        break;
                    case ASSIGN:
                        assertEquals(DemoPlan.PPID_UTAMA, s.actor(), r.key());
                        holder = s.opd();
                        break;
                    case TRANSFER:
                        assertNotNull(holder, r.key() + ": only an assigned request can be transferred");
                        assertFalse(s.actor().equals(DemoPlan.PPID_UTAMA), r.key() + ": transfers are by officers");
                        assertEquals(DemoPlan.officerOf(holder), s.actor(), r.key());
                        holder = s.opd();
                        break;
                    case EXTEND:
                    case DECIDE:
                        assertNotNull(holder, r.key() + ": " + s.kind() + " needs an assigned OPD");
                        assertEquals(DemoPlan.officerOf(holder), s.actor(), r.key());
                        if (s.kind() == Kind.DECIDE) {
                            decision = (String) s.body().get("decision");
                        }
                        break;
                    case WITHDRAW:
                    case OBJECT:
                        assertEquals(r.filer(), s.actor(), r.key() + ": the applicant's own step");
                        if (s.kind() == Kind.OBJECT
                                && ((List<?>) s.body().get("grounds")).contains("A_REFUSED_EXEMPTION")) {
                            assertTrue(
                                    "REFUSED".equals(decision) || "PARTIALLY_GRANTED".equals(decision),
                                    r.key() + ": ground a needs a refusal under Pasal 17");
                        }
                        break;
                    case DECIDE_OBJECTION:
                        assertEquals(DemoPlan.ATASAN, s.actor(), r.key());
                        break;
                    default:
                        throw new AssertionError(s.kind());
                }
            }
            assertEquals(holder, r.finalOpd(), r.key());
        }
    }

    @Test
    void aDozenRequestsCoverEveryKindOfStepUnderDistinctKeys() {
        assertTrue(DemoPlan.REQUESTS.size() >= 12, "about a dozen requests");
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        Set<String> keys = new HashSet<>();
        Set<String> decisions = new HashSet<>();
        for (DemoRequest r : DemoPlan.REQUESTS) {
            assertTrue(keys.add(r.key()), "duplicate key " + r.key());
            assertTrue(DemoSeeder.idempotencyKey(r).length() <= 200, "request-service's Idempotency-Key limit");
            for (Step s : r.steps()) {
                kinds.add(s.kind());
                if (s.kind() == Kind.DECIDE) {
                    decisions.add((String) s.body().get("decision"));
                }
            }
        }
        assertEquals(EnumSet.allOf(Kind.class), kinds);
        assertEquals(Set.of("GRANTED", "PARTIALLY_GRANTED", "REFUSED"), decisions);
        assertEquals(5, DemoSeeder.expectedOpds(DemoPlan.REQUESTS).size(), "the index covers five OPDs");
    }

    private static <T> void assertValid(T body, Object what) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(body);
        assertEquals(Set.of(), violations, String.valueOf(what));
    }
}
