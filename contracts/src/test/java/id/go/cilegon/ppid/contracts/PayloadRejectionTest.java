package id.go.cilegon.ppid.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.cilegon.ppid.contracts.common.AccessMethod;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.opd.OpdDecisionSubmitted;
import id.go.cilegon.ppid.contracts.request.DisputeFiled;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid payloads are rejected twice over: by the JSON Schema (what an OPD system can check before publishing)
 * and by {@link EventJson#read} (what every consumer gets). The Pasal 22(7) rules of a notice are the exception: the
 * schema rejects, the record carries the notice, and {@code DecisionNotice.requireConsistentWith} names the rule.
 * Additive changes are accepted by both.
 */
class PayloadRejectionTest {

    static Stream<Arguments> invalid() {
        return Stream.of(
                invalid(
                        "missing required field",
                        EventTypes.REQUEST_SUBMITTED,
                        json -> json.remove("registrationNumber")),
                invalid("missing required primitive", EventTypes.REQUEST_SUBMITTED, json -> json.remove("sequence")),
                invalid("missing required boolean", EventTypes.REQUEST_DECIDED, json -> json.remove("onTime")),
                invalid("null for a required field", EventTypes.REQUEST_SUBMITTED, json -> json.putNull("applicantId")),
                invalid("wrong enum value", EventTypes.REQUEST_DECIDED, json -> json.put("decision", "APPROVED")),
                invalid(
                        "enum value in the wrong case",
                        EventTypes.REQUEST_SUBMITTED,
                        json -> json.put("channel", "online")),
                invalid(
                        "bad registration number",
                        EventTypes.REQUEST_SUBMITTED,
                        json -> json.put("registrationNumber", "PPID-26-123")),
                invalid(
                        "registration number with suffix",
                        EventTypes.REQUEST_SUBMITTED,
                        json -> json.put("registrationNumber", "PPID-2026-000123-X")),
                invalid(
                        "blank required text",
                        EventTypes.REQUEST_TEXTS_RECORDED,
                        json -> json.put("informationDetails", "   ")),
                invalid("bad uuid", EventTypes.REQUEST_SUBMITTED, json -> json.put("requestId", "request-123")),
                invalid("bad date", EventTypes.REQUEST_SUBMITTED, json -> json.put("dueDate", "16-11-2026")),
                invalid(
                        "bad date-time",
                        EventTypes.REQUEST_SUBMITTED,
                        json -> json.put("receivedAt", "2026-11-02 09:15")),
                invalid(
                        "date-time given as epoch number",
                        EventTypes.REQUEST_SUBMITTED,
                        json -> json.put("receivedAt", 1793590530L)),
                invalid("date given as epoch day", EventTypes.REQUEST_SUBMITTED, json -> json.put("dueDate", 20408)),
                invalid(
                        "date given as array",
                        EventTypes.REQUEST_SUBMITTED,
                        json -> json.putArray("dueDate").add(2026).add(11).add(16)),
                invalid("number given as string", EventTypes.REQUEST_SUBMITTED, json -> json.put("sequence", "1")),
                invalid("sequence 0", EventTypes.REQUEST_SUBMITTED, json -> json.put("sequence", 0)),
                invalid(
                        "fraction for an integer",
                        EventTypes.REQUEST_DECIDED,
                        json -> json.put("workingDaysTaken", 16.5)),
                invalid("no access method", EventTypes.REQUEST_SUBMITTED, json -> json.putArray("accessMethods")),
                invalid("lower-case OPD code", EventTypes.ROUTING_ROUTED, json -> json.put("opdCode", "disperkim")),
                invalid(
                        "OPD code with a hyphen",
                        EventTypes.ROUTING_ROUTED,
                        json -> json.put("opdCode", "KEC-CILEGON")),
                invalid("OPD-system decision without OPD", EventTypes.REQUEST_DECIDED, json -> json.remove("opdCode")),
                invalid(
                        "negative fee",
                        EventTypes.REQUEST_DECIDED,
                        json -> ((ObjectNode) json.get("notice")).put("feeRupiah", -5000)),
                invalid(
                        "periodic entry without interval",
                        EventTypes.OPD_REGISTER_ENTRY_PUBLISHED,
                        json -> json.remove("publicationIntervalMonths")),
                invalid(
                        "URL that is not http(s)",
                        EventTypes.OPD_INFORMATION_PUBLISHED,
                        json -> json.put("url", "ftp://disperkim.cilegon.go.id/dip.pdf")),
                invalid(
                        "webhook without a secret reference",
                        EventTypes.DIRECTORY_OPD_UPDATED,
                        json -> json.remove("webhookSecretRef")),
                invalid("directory version 0", EventTypes.DIRECTORY_OPD_UPDATED, json -> json.put("version", 0)),
                invalid(
                        "phone not in E.164",
                        EventTypes.APPLICANT_CONTACT_UPDATED,
                        json -> json.put("phone", "081234567890")),
                invalid(
                        "unsupported language",
                        EventTypes.APPLICANT_CONTACT_UPDATED,
                        json -> json.put("preferredLanguage", "su")),
                invalid(
                        "band that does not fit the score",
                        EventTypes.INDEX_OPD_UPDATED,
                        json -> json.put("band", "MENUJU_INFORMATIF")),
                invalid("score above 100", EventTypes.INDEX_CITY_UPDATED, json -> json.put("score", 100.5)),
                invalid(
                        "score without enough data",
                        EventTypes.INDEX_CITY_UPDATED,
                        json -> json.put("enoughData", false)),
                invalid("enough data without a score", EventTypes.INDEX_OPD_UPDATED, json -> {
                    json.remove("score");
                    json.remove("band");
                }),
                invalid(
                        "period label that does not fit its kind",
                        EventTypes.INDEX_OPD_UPDATED,
                        json -> ((ObjectNode) json.get("period")).put("label", "2026")),
                invalid(
                        "negative count",
                        EventTypes.INDEX_OPD_UPDATED,
                        json -> ((ObjectNode) json.get("measures")).put("received", -1)),
                invalid(
                        "count for an unknown decision type",
                        EventTypes.INDEX_OPD_UPDATED,
                        json -> ((ObjectNode) json.get("measures").get("decisionsByType")).put("APPROVED", 3)),
                invalid(
                        "included component without value",
                        EventTypes.INDEX_CITY_UPDATED,
                        json -> ((ObjectNode) json.get("components").get(0)).remove("value")),
                invalid(
                        "notification kind with spaces",
                        EventTypes.NOTIFICATION_FAILED,
                        json -> json.put("kind", "request received")),
                invalid(
                        "first transfer counted as 0",
                        EventTypes.ROUTING_TRANSFERRED,
                        json -> json.put("transferCount", 0)));
    }

    /** Pasal 22(7) rules: in the schema and in {@link DecisionNotice#requireConsistentWith}, not in the records. */
    static Stream<Arguments> noticeRuleBroken() {
        return Stream.of(
                noticeRule("refused without a Pasal 17 ground", EventTypes.REQUEST_DECIDED, json -> {
                    json.put("decision", "REFUSED");
                    ((ObjectNode) json.get("notice")).putArray("exemptionGrounds");
                }),
                noticeRule(
                        "granted with a Pasal 17 ground",
                        EventTypes.OPD_DECISION_SUBMITTED,
                        json -> json.put("decision", "GRANTED")),
                noticeRule(
                        "not held with a Pasal 17 ground",
                        EventTypes.OPD_DECISION_SUBMITTED,
                        json -> json.put("decision", "NOT_HELD")),
                noticeRule(
                        "grounds without reasoning",
                        EventTypes.REQUEST_DECIDED,
                        json -> ((ObjectNode) json.get("notice")).remove("exemptionReason")));
    }

    static Stream<Arguments> valid() {
        return Stream.of(
                valid(
                        "unknown field added by a newer producer",
                        EventTypes.REQUEST_SUBMITTED,
                        json -> json.put("portalSessionHint", "abc")),
                valid(
                        "unknown nested field",
                        EventTypes.REQUEST_DECIDED,
                        json -> ((ObjectNode) json.get("notice")).put("letterNumber", "045/PPID/XI/2026")),
                valid(
                        "explicit null for a nullable field",
                        EventTypes.REQUEST_SUBMITTED,
                        json -> json.putNull("filingOpdCode")),
                valid(
                        "explicit null for a nullable nested record",
                        EventTypes.ROUTING_ROUTED,
                        json -> json.putNull("runnerUp")),
                valid(
                        "nullable field left out",
                        EventTypes.OPD_DECISION_SUBMITTED,
                        json -> json.remove("externalReference")),
                valid("list left empty", EventTypes.ROUTING_ROUTING_NEEDED, json -> json.putArray("candidates")),
                valid("not enough data, no score and no band", EventTypes.INDEX_OPD_UPDATED, json -> {
                    json.put("enoughData", false);
                    json.remove("score");
                    json.remove("band");
                }),
                valid(
                        "date-time with a WIB offset",
                        EventTypes.REQUEST_SUBMITTED,
                        json -> json.put("receivedAt", "2026-11-02T09:15:30+07:00")),
                valid("walk-in at an OPD desk", EventTypes.REQUEST_SUBMITTED, json -> {
                    json.put("channel", "WALK_IN");
                    json.put("filingOpdCode", "KEC_CILEGON");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void schemaAndReaderBothReject(String description, String ceType, Consumer<ObjectNode> mutation) {
        String json = mutated(ceType, mutation);

        List<String> errors = Schemas.errors(ceType, json);
        assertFalse(errors.isEmpty(), () -> "schema accepted " + description + ": " + json);

        Class<?> payloadType = EventCatalog.byType(ceType).orElseThrow().payloadType();
        InvalidEventException e = assertThrows(
                InvalidEventException.class,
                () -> EventJson.read(json.getBytes(StandardCharsets.UTF_8), payloadType),
                () -> "reader accepted " + description);
        assertTrue(e.getMessage().contains(payloadType.getSimpleName()), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noticeRuleBroken")
    void schemaAndNoticeRulesRejectButTheRecordCarriesIt(
            String description, String ceType, Consumer<ObjectNode> mutation) {
        String json = mutated(ceType, mutation);

        assertFalse(Schemas.errors(ceType, json).isEmpty(), () -> "schema accepted " + description + ": " + json);

        // The owner of the decision reports the violation itself, so reading must still work.
        Object read = EventJson.read(
                json.getBytes(StandardCharsets.UTF_8),
                EventCatalog.byType(ceType).orElseThrow().payloadType());
        DecisionType decision =
                read instanceof OpdDecisionSubmitted o ? o.decision() : ((RequestDecided) read).decision();
        DecisionNotice notice = read instanceof OpdDecisionSubmitted o ? o.notice() : ((RequestDecided) read).notice();
        assertThrows(IllegalArgumentException.class, () -> notice.requireConsistentWith(decision), description);
    }

    @Test
    void duplicatesInASetLikeListAreDroppedByTheReaderAndRejectedByTheSchema() {
        String json = mutated(
                EventTypes.REQUEST_SUBMITTED,
                j -> j.putArray("accessMethods").add("READ").add("COPY").add("READ"));

        assertFalse(Schemas.errors(EventTypes.REQUEST_SUBMITTED, json).isEmpty());
        RequestSubmitted read = EventJson.read(json.getBytes(StandardCharsets.UTF_8), RequestSubmitted.class);
        assertEquals(List.of(AccessMethod.READ, AccessMethod.COPY), read.accessMethods());
    }

    @Test
    void blankOptionalTextIsReadAsAbsentAndRejectedByTheSchema() {
        String json = mutated(EventTypes.REQUEST_DISPUTE_FILED, j -> j.put("commissionCaseNumber", " "));

        assertFalse(Schemas.errors(EventTypes.REQUEST_DISPUTE_FILED, json).isEmpty());
        DisputeFiled read = EventJson.read(json.getBytes(StandardCharsets.UTF_8), DisputeFiled.class);
        assertEquals(null, read.commissionCaseNumber());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void schemaAndReaderBothAccept(String description, String ceType, Consumer<ObjectNode> mutation) {
        String json = mutated(ceType, mutation);

        assertEquals(List.of(), Schemas.errors(ceType, json), description);
        Class<?> payloadType = EventCatalog.byType(ceType).orElseThrow().payloadType();
        Object read = EventJson.read(json.getBytes(StandardCharsets.UTF_8), payloadType);
        assertEquals(payloadType, read.getClass());
    }

    private static String mutated(String ceType, Consumer<ObjectNode> mutation) {
        ObjectNode json = EventJson.mapper().valueToTree(SampleEvents.of(ceType));
        mutation.accept(json);
        return json.toString();
    }

    private static Arguments invalid(String description, String ceType, Consumer<ObjectNode> mutation) {
        return Arguments.of(description, ceType, mutation);
    }

    private static Arguments noticeRule(String description, String ceType, Consumer<ObjectNode> mutation) {
        return Arguments.of(description, ceType, mutation);
    }

    private static Arguments valid(String description, String ceType, Consumer<ObjectNode> mutation) {
        return Arguments.of(description, ceType, mutation);
    }
}
