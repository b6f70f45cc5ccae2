package id.go.cilegon.ppid.routing;

import static id.go.cilegon.ppid.routing.Fixtures.WAIT;
import static id.go.cilegon.ppid.routing.Fixtures.as;
import static id.go.cilegon.ppid.routing.Fixtures.awaitCase;
import static id.go.cilegon.ppid.routing.Fixtures.routingEvents;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.CopyFormat;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionSource;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.request.DateChange;
import id.go.cilegon.ppid.contracts.request.DeadlinesRecalculated;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.contracts.request.RequestExtended;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RequestTransferred;
import id.go.cilegon.ppid.contracts.routing.RoutingMode;
import id.go.cilegon.ppid.contracts.routing.RoutingNeeded;
import id.go.cilegon.ppid.contracts.routing.RoutingNeededReason;
import id.go.cilegon.ppid.routing.domain.CaseStatus;
import id.go.cilegon.ppid.routing.domain.RoutingCase;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Routing on the real broker and database: submitted requests are routed with their explanation or queued,
 * the PPID Utama assigns, OPDs hand requests back (suggested OPD, automatic, transfer limit), answered requests
 * leave routing, and redelivered or malformed events change nothing.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class RoutingFlowTest {

    private static final String REQUEST_DLQ = Topics.deadLetter(Topics.REQUEST_EVENTS, Services.ROUTING_SERVICE);
    private static final String AMDAL = "Mohon salinan dokumen AMDAL dan izin lingkungan pabrik baja di Kelurahan "
            + "Kepuh, warga sering mencium bau limbah";
    /** Every kecamatan office does this: no OPD can be told from the others. */
    private static final String AMBIGUOUS = "Syarat surat pengantar RT RW dan legalisasi di kantor kecamatan";

    @Test
    void clearRequestIsRoutedAutomaticallyWithItsExplanation() {
        UUID id = Fixtures.submit(AMDAL, "Kajian dampak lingkungan untuk skripsi");

        Fixtures.Published event = routingEvents(id, 1).get(0);
        assertEquals(EventTypes.ROUTING_ROUTED, event.type());
        assertEquals(
                Services.source(Services.ROUTING_SERVICE),
                KafkaTestClient.header(event.record(), CloudEventHeaders.SOURCE));
        RequestRouted routed = (RequestRouted) event.payload();
        assertEquals(1, routed.sequence());
        assertEquals("DLH", routed.opdCode());
        assertEquals(RoutingMode.AUTOMATIC, routed.mode());
        assertNull(routed.previousOpdCode());
        assertTrue(
                routed.matchedTerms().contains("amdal"), routed.matchedTerms().toString());
        assertNotNull(routed.runnerUp());
        assertTrue(routed.score() > routed.runnerUp().score() * 1.2, routed.toString());
        assertEquals(0, routed.transferCount());
        RoutingCase routingCase = Fixtures.load(id);
        assertEquals(CaseStatus.ROUTED, routingCase.status);
        assertEquals("DLH", routingCase.assignedOpdCode);
        assertEquals(1, routingCase.eventSequence);
        assertEquals(2, routingCase.candidates.size());
        // Created by the first of its two records, completed and routed with the second: one write each.
        assertEquals(2, routingCase.version);
    }

    @Test
    void lowConfidenceGoesToTheQueueWithCandidates() {
        UUID id = Fixtures.submit(AMBIGUOUS, "Mengurus surat");

        RoutingNeeded needed = (RoutingNeeded) routingEvents(id, 1).get(0).payload();
        assertEquals(RoutingNeededReason.LOW_CONFIDENCE, needed.reason());
        assertEquals(3, needed.candidates().size());
        assertTrue(needed.candidates().get(0).opdCode().startsWith("KEC_"), needed.toString());
        as(TestTokens.main())
                .get("/routing/queue?size=100")
                .then()
                .statusCode(200)
                .body("requestId", hasItem(id.toString()));
        as(TestTokens.main())
                .get("/routing/requests/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("QUEUED"))
                .body("queueReason", equalTo("LOW_CONFIDENCE"))
                .body("history[0].step", equalTo("QUEUED"));
    }

    /** The queue is ordered by the answer's due date: an extension and a recount of the calendar move it. */
    @Test
    void theQueueFollowsTheDueDateThroughAnExtensionAndARecount() {
        UUID id = Fixtures.submit(AMBIGUOUS, "Mengurus surat");
        awaitCase(id, c -> c.status == CaseStatus.QUEUED);
        LocalDate extended = LocalDate.of(2026, 6, 25);
        Fixtures.publish(
                new RequestExtended(
                        id,
                        2,
                        "Arsip kelurahan masih dihimpun",
                        LocalDate.of(2026, 6, 16),
                        extended,
                        Instant.now(),
                        null),
                Services.source(Services.REQUEST_SERVICE));
        awaitCase(id, c -> extended.equals(c.dueDate));
        LocalDate recounted = LocalDate.of(2026, 6, 26);
        Fixtures.publish(
                new DeadlinesRecalculated(
                        id,
                        3,
                        2026,
                        2,
                        "Kalender hari kerja 2026 resmi: SKB uji",
                        List.of(new DateChange("dueDate", extended, recounted)),
                        null,
                        null,
                        null,
                        Instant.now()),
                Services.source(Services.REQUEST_SERVICE));
        awaitCase(id, c -> recounted.equals(c.dueDate));
        as(TestTokens.main())
                .get("/routing/queue?size=100")
                .then()
                .statusCode(200)
                .body("find { it.requestId == '" + id + "' }.dueDate", equalTo("2026-06-26"));
    }

    @Test
    void textThatMatchesNothingIsQueuedAsNoMatch() {
        UUID id = Fixtures.submit(Fixtures.uniqueWord() + " " + Fixtures.uniqueWord(), Fixtures.uniqueWord());
        RoutingNeeded needed = (RoutingNeeded) routingEvents(id, 1).get(0).payload();
        assertEquals(RoutingNeededReason.NO_MATCH, needed.reason());
        assertTrue(needed.candidates().isEmpty());
    }

    @Test
    void ppidUtamaAssignsFromTheQueue() {
        UUID id = Fixtures.submit(AMBIGUOUS, "Mengurus surat");
        awaitCase(id, c -> c.status == CaseStatus.QUEUED);

        as(TestTokens.main())
                .body(Map.of("opdCode", "KEC_GROGOL", "note", "Pemohon warga Grogol"))
                .post("/routing/requests/" + id + "/assignment")
                .then()
                .statusCode(200)
                .body("status", equalTo("ROUTED"))
                .body("assignedOpdCode", equalTo("KEC_GROGOL"))
                .body("history[1].mode", equalTo("MANUAL"))
                .body("history[1].note", equalTo("Pemohon warga Grogol"));

        List<Fixtures.Published> events = routingEvents(id, 2);
        RequestRouted routed = (RequestRouted) events.get(1).payload();
        assertEquals(2, routed.sequence());
        assertEquals("KEC_GROGOL", routed.opdCode());
        assertEquals(RoutingMode.MANUAL, routed.mode());
        assertTrue(routed.score() > 0, "the chosen OPD's own match is reported");
        as(TestTokens.main())
                .get("/routing/queue?size=100")
                .then()
                .statusCode(200)
                .body("requestId", not(hasItem(id.toString())));

        // Reassigning to the same OPD is refused; to another one is a new routing.
        as(TestTokens.main())
                .body(Map.of("opdCode", "KEC_GROGOL"))
                .post("/routing/requests/" + id + "/assignment")
                .then()
                .statusCode(409)
                .body("code", equalTo("already-assigned"));
        as(TestTokens.main())
                .body(Map.of("opdCode", "KEC_JOMBANG"))
                .post("/routing/requests/" + id + "/assignment")
                .then()
                .statusCode(200);
        RequestRouted reassigned = (RequestRouted) routingEvents(id, 3).get(2).payload();
        assertEquals("KEC_GROGOL", reassigned.previousOpdCode());
        assertEquals(3, reassigned.sequence());
    }

    @Test
    void transferWithSuggestionRoutesToTheSuggestedOpd() {
        UUID id = Fixtures.submit(AMDAL, "Kajian");
        awaitCase(id, c -> "DLH".equals(c.assignedOpdCode));

        as(TestTokens.officer("petugas-dlh", "DLH"))
                .body(Map.of(
                        "reason",
                        "Dokumen persetujuan pabrik ini diterbitkan lewat OSS di DPMPTSP",
                        "suggestedOpdCode",
                        "DPMPTSP"))
                .post("/routing/requests/" + id + "/transfer")
                .then()
                .statusCode(200)
                .body("assignedOpdCode", equalTo("DPMPTSP"))
                .body("transferCount", equalTo(1));

        List<Fixtures.Published> events = routingEvents(id, 3);
        RequestTransferred transferred = (RequestTransferred) events.get(1).payload();
        assertEquals("DLH", transferred.fromOpdCode());
        assertEquals("DPMPTSP", transferred.suggestedOpdCode());
        assertEquals(1, transferred.transferCount());
        RequestRouted routed = (RequestRouted) events.get(2).payload();
        assertEquals(
                List.of(1L, 2L, 3L),
                events.stream().map(e -> e.payload().sequence()).toList());
        assertEquals(RoutingMode.SUGGESTED_BY_OPD, routed.mode());
        assertEquals("DPMPTSP", routed.opdCode());
        assertEquals("DLH", routed.previousOpdCode());
        assertEquals(1, routed.transferCount());
    }

    @Test
    void transferWithoutSuggestionRoutesElsewhereThenTheLimitSendsItToTheQueue() {
        UUID id = Fixtures.submit("Data kasus kekerasan anak di sekolah", "Penelitian perlindungan anak");
        awaitCase(id, c -> "DP3AP2KB".equals(c.assignedOpdCode));

        as(TestTokens.officer("petugas-dp3a", "DP3AP2KB"))
                .body(Map.of("reason", "Kasus di sekolah dicatat oleh dinas pendidikan"))
                .post("/routing/requests/" + id + "/transfer")
                .then()
                .statusCode(200);
        RequestRouted second = (RequestRouted) routingEvents(id, 3).get(2).payload();
        assertEquals("DINDIKBUD", second.opdCode(), "the runner-up, never back to the OPD that handed it back");
        assertEquals(RoutingMode.AUTOMATIC, second.mode());
        assertEquals("DP3AP2KB", second.previousOpdCode());

        String holder = second.opdCode();
        as(TestTokens.officer("petugas-" + holder, holder))
                .body(Map.of("reason", "Informasi ini juga tidak kami kuasai", "suggestedOpdCode", "BAPPEDA"))
                .post("/routing/requests/" + id + "/transfer")
                .then()
                .statusCode(200)
                .body("status", equalTo("QUEUED"))
                .body("queueReason", equalTo("TRANSFER_LIMIT"));
        List<Fixtures.Published> events = routingEvents(id, 5);
        RoutingNeeded needed = (RoutingNeeded) events.get(4).payload();
        assertEquals(RoutingNeededReason.TRANSFER_LIMIT, needed.reason());
        assertEquals(2, needed.transferCount());
        assertEquals(holder, needed.previousOpdCode());
        assertTrue(
                needed.candidates().stream()
                        .noneMatch(c ->
                                c.opdCode().equals("DP3AP2KB") || c.opdCode().equals(holder)),
                needed.toString());
        as(TestTokens.main()).get("/routing/queue?size=100").then().body("requestId", hasItem(id.toString()));
    }

    @Test
    void officerOfAnotherOpdCannotTransferAndAnsweredRequestsCannotMove() {
        UUID id = Fixtures.submit(AMDAL, "Kajian");
        awaitCase(id, c -> "DLH".equals(c.assignedOpdCode));
        as(TestTokens.officer("petugas-dpupr", "DPUPR"))
                .body(Map.of("reason", "Bukan urusan DPUPR sama sekali"))
                .post("/routing/requests/" + id + "/transfer")
                .then()
                .statusCode(403)
                .body("code", equalTo("not-assigned-to-your-opd"))
                .body("detail_id", org.hamcrest.Matchers.notNullValue());

        Fixtures.publish(
                new RequestDecided(
                        id,
                        3,
                        DecisionType.GRANTED,
                        new DecisionNotice(
                                "Dokumen AMDAL diberikan dalam bentuk salinan elektronik",
                                List.of(),
                                null,
                                null,
                                CopyFormat.SOFTCOPY,
                                CopyDelivery.EMAIL,
                                0,
                                null,
                                null),
                        DecisionSource.PPID_OFFICER,
                        "DLH",
                        Instant.now(),
                        LocalDate.of(2026, 6, 5),
                        LocalDate.of(2026, 6, 16),
                        true,
                        3),
                Services.source(Services.REQUEST_SERVICE));
        awaitCase(id, c -> c.status == CaseStatus.CLOSED);
        as(TestTokens.officer("petugas-dlh", "DLH"))
                .body(Map.of("reason", "Ternyata bukan milik DLH"))
                .post("/routing/requests/" + id + "/transfer")
                .then()
                .statusCode(409)
                .body("code", equalTo("request-closed"));
        as(TestTokens.main())
                .body(Map.of("opdCode", "DPUPR"))
                .post("/routing/requests/" + id + "/assignment")
                .then()
                .statusCode(409);
    }

    @Test
    void redeliveredSubmittedEventRoutesOnce() {
        UUID id = UUID.randomUUID();
        Fixtures.publish(Fixtures.texts(id, AMDAL, "Kajian"), Services.source(Services.REQUEST_SERVICE));
        RequestSubmitted submitted = Fixtures.submitted(id);
        EventMetadata meta = Fixtures.publish(submitted, Services.source(Services.REQUEST_SERVICE));
        Fixtures.publish(Topics.REQUEST_EVENTS, id.toString(), EventJson.writeString(submitted), meta);
        // The same request under a new event id (a producer retry after a crash) is not routed again either.
        Fixtures.publish(submitted, Services.source(Services.REQUEST_SERVICE));

        // A later request proves the consumer moved past all three.
        UUID marker = Fixtures.submit(AMDAL, "Kajian");
        routingEvents(marker, 1);
        List<ConsumerRecord<String, String>> all = KafkaTestClient.consume(
                Topics.ROUTING_EVENTS, r -> id.toString().equals(r.key()), 1, WAIT);
        assertEquals(1, all.size());
        assertEquals(1, Fixtures.load(id).eventSequence);
    }

    @Test
    void malformedEventsAreParkedAndTheConsumerMovesOn() {
        EventMetadata garbage = EventMetadata.of(
                EventTypes.REQUEST_SUBMITTED, Services.source(Services.REQUEST_SERVICE), "x", Instant.now());
        Fixtures.publish(Topics.REQUEST_EVENTS, "x", "{not json", garbage);
        String noHeaders = "{\"requestId\":\"" + UUID.randomUUID() + "\"}";
        KafkaTestClient.send(Topics.REQUEST_EVENTS, "y", noHeaders);
        UUID id = UUID.randomUUID();
        EventMetadata wrongKey = EventMetadata.of(
                EventTypes.REQUEST_SUBMITTED, Services.source(Services.REQUEST_SERVICE), id.toString(), Instant.now());
        Fixtures.publish(
                Topics.REQUEST_EVENTS,
                UUID.randomUUID().toString(),
                EventJson.writeString(Fixtures.submitted(id)),
                wrongKey);

        ConsumerRecord<String, String> parked = KafkaTestClient.consumeFirst(
                REQUEST_DLQ, r -> garbage.id().equals(KafkaTestClient.header(r, CloudEventHeaders.ID)), WAIT);
        assertEquals(
                CloudEventHeaders.DLQ_REASON_INVALID_EVENT,
                KafkaTestClient.header(parked, CloudEventHeaders.DLQ_REASON));
        assertEquals("{not json", parked.value());
        assertEquals(Services.ROUTING_SERVICE, KafkaTestClient.header(parked, CloudEventHeaders.DLQ_CONSUMER));
        KafkaTestClient.consumeFirst(REQUEST_DLQ, r -> noHeaders.equals(r.value()), WAIT);
        ConsumerRecord<String, String> rejected = KafkaTestClient.consumeFirst(
                REQUEST_DLQ, r -> wrongKey.id().equals(KafkaTestClient.header(r, CloudEventHeaders.ID)), WAIT);
        assertEquals(
                CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED,
                KafkaTestClient.header(rejected, CloudEventHeaders.DLQ_REASON));
        assertNull(Fixtures.load(id));

        UUID after = Fixtures.submit(AMDAL, "Kajian");
        await().atMost(WAIT).until(() -> Fixtures.load(after) != null);
    }
}
