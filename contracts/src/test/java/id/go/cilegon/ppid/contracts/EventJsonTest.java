package id.go.cilegon.ppid.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import id.go.cilegon.ppid.contracts.index.IndexMeasures;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.contracts.request.RequestWithdrawn;
import id.go.cilegon.ppid.contracts.routing.RoutingNeeded;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    @Test
    void datesAreIsoStringsAndNullsAreLeftOut() throws Exception {
        JsonNode json = EventJson.mapper().readTree(EventJson.write(SampleEvents.requestSubmitted()));

        assertEquals("2026-11-02T02:15:30Z", json.get("receivedAt").asText());
        assertEquals("2026-11-02", json.get("receivedDate").asText());
        assertEquals("2026-11-16", json.get("dueDate").asText());
        assertEquals(SampleEvents.REQUEST_ID.toString(), json.get("requestId").asText());
        assertFalse(json.has("filingOpdCode"), "null fields are omitted");
        assertTrue(json.get("copyDeliveries").isArray());
    }

    @Test
    void emptyListsAreWrittenAndNullListsReadAsEmpty() {
        RoutingNeeded none = new RoutingNeeded(
                SampleEvents.REQUEST_ID,
                1,
                id.go.cilegon.ppid.contracts.routing.RoutingNeededReason.NO_MATCH,
                null,
                null,
                0,
                java.time.Instant.parse("2026-11-02T02:15:34Z"));

        assertEquals(List.of(), none.candidates());
        assertTrue(EventJson.writeString(none).contains("\"candidates\":[]"));
    }

    @Test
    void enumKeyedMapsKeepDeclarationOrderAndSurviveTheRoundTrip() {
        IndexMeasures measures = SampleEvents.cityIndexUpdated().measures();
        String json = EventJson.writeString(measures);

        assertTrue(
                json.contains("\"decisionsByType\":{\"GRANTED\":301,\"PARTIALLY_GRANTED\":44,\"REFUSED\":12,"
                        + "\"NOT_HELD\":27,\"NOT_YET_DOCUMENTED\":6}"),
                json);
        IndexMeasures read = EventJson.read(json.getBytes(StandardCharsets.UTF_8), IndexMeasures.class);
        assertEquals(measures, read);
        assertEquals(41L, read.refusalsByGround().get(ExemptionGround.H_PERSONAL_SECRET));
    }

    @Test
    void mapsAndListsInRecordsAreImmutable() {
        IndexMeasures measures = SampleEvents.opdMeasures();
        RequestSubmitted submitted = SampleEvents.requestSubmitted();

        assertThrows(
                UnsupportedOperationException.class,
                () -> measures.decisionsByType().put(DecisionType.REFUSED, 1L));
        assertThrows(
                UnsupportedOperationException.class,
                () -> submitted.accessMethods().clear());
    }

    @Test
    void callersCannotChangeARecordThroughTheListTheyPassedIn() {
        List<String> terms = new java.util.ArrayList<>(List.of("jalan"));
        var candidate = new id.go.cilegon.ppid.contracts.routing.RoutingCandidate("DPUPR", 0.5, terms);

        terms.add("bangun");

        assertEquals(List.of("jalan"), candidate.matchedTerms());
    }

    @Test
    void unknownFieldsAreIgnored() {
        String json = "{\"requestId\":\"" + SampleEvents.REQUEST_ID + "\",\"sequence\":3,"
                + "\"withdrawnAt\":\"2026-11-05T01:20:00Z\",\"channelHint\":\"portal\",\"extra\":{\"a\":[1,2]}}";

        RequestWithdrawn read = EventJson.read(json.getBytes(StandardCharsets.UTF_8), RequestWithdrawn.class);

        assertEquals(3, read.sequence());
        assertEquals(java.time.Instant.parse("2026-11-05T01:20:00Z"), read.withdrawnAt());
    }

    @Test
    void malformedJsonIsAnInvalidEvent() {
        assertThrows(
                InvalidEventException.class,
                () -> EventJson.read("{\"requestId\":".getBytes(StandardCharsets.UTF_8), RequestWithdrawn.class));
        assertThrows(
                InvalidEventException.class,
                () -> EventJson.read("{} {}".getBytes(StandardCharsets.UTF_8), RequestWithdrawn.class));
        assertThrows(InvalidEventException.class, () -> EventJson.read(new byte[0], RequestWithdrawn.class));
        assertThrows(InvalidEventException.class, () -> EventJson.read(null, RequestWithdrawn.class));
    }

    @Test
    void constructorRulesSurfaceAsInvalidEventsNamingTheField() {
        String json = "{\"requestId\":\"" + SampleEvents.REQUEST_ID + "\",\"sequence\":3}";

        InvalidEventException e = assertThrows(
                InvalidEventException.class,
                () -> EventJson.read(json.getBytes(StandardCharsets.UTF_8), RequestWithdrawn.class));

        assertTrue(e.getMessage().contains("withdrawnAt"), e.getMessage());
    }

    @Test
    void theSharedMapperIsTheConfiguredOne() throws Exception {
        assertEquals("{}", EventJson.mapper().writeValueAsString(Map.of()));
        assertEquals(
                EventJson.writeString(SampleEvents.requestDecided()),
                new String(EventJson.write(SampleEvents.requestDecided()), StandardCharsets.UTF_8));
    }
}
