package id.go.cilegon.ppid.index.messaging;

import static id.go.cilegon.ppid.index.Events.corrected;
import static id.go.cilegon.ppid.index.Events.decided;
import static id.go.cilegon.ppid.index.Events.dispute;
import static id.go.cilegon.ppid.index.Events.extended;
import static id.go.cilegon.ppid.index.Events.objection;
import static id.go.cilegon.ppid.index.Events.objectionDecided;
import static id.go.cilegon.ppid.index.Events.periodicEntry;
import static id.go.cilegon.ppid.index.Events.published;
import static id.go.cilegon.ppid.index.Events.recalculated;
import static id.go.cilegon.ppid.index.Events.routed;
import static id.go.cilegon.ppid.index.Events.submitted;
import static id.go.cilegon.ppid.index.Events.transferred;
import static id.go.cilegon.ppid.index.Events.withdrawn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import id.go.cilegon.ppid.contracts.common.ObjectionOutcome;
import id.go.cilegon.ppid.contracts.index.CityIndexUpdated;
import id.go.cilegon.ppid.contracts.index.IndexBand;
import id.go.cilegon.ppid.contracts.index.IndexComponent;
import id.go.cilegon.ppid.contracts.index.IndexMeasures;
import id.go.cilegon.ppid.contracts.index.OpdIndexUpdated;
import id.go.cilegon.ppid.index.MutableClock;
import id.go.cilegon.ppid.index.domain.IndexFormula;
import id.go.cilegon.ppid.index.domain.IndexWeights;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The topology's logic in a {@link org.apache.kafka.streams.TopologyTestDriver}, with a clock the test moves. */
class IndexTopologyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 20);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_16 = LocalDate.of(2026, 3, 16);

    private MutableClock clock;
    private IndexDriver index;

    @BeforeEach
    void start() {
        clock = new MutableClock(TODAY);
        index = new IndexDriver(clock);
    }

    @AfterEach
    void stop() {
        index.close();
    }

    /**
     * Version 1 of request.submitted, request.objection-filed and request.withdrawn carried the applicant's words; the
     * records of it stay on the topic, so a replay mixing both versions must count exactly as one of version 2 only.
     */
    @Test
    void aReplayOfVersionOneRecordsGivesTheSameIndexAsVersionTwo() {
        UUID answered = UUID.randomUUID();
        UUID objected = UUID.randomUUID();
        UUID withdrawnOne = UUID.randomUUID();
        List<EventPayload> history = List.of(
                submitted(answered, MARCH_2, MARCH_16),
                routed(answered, 1, "DLH", 0),
                decided(answered, 2, DecisionType.GRANTED, LocalDate.of(2026, 3, 10), MARCH_16, 6),
                submitted(objected, MARCH_2, MARCH_16),
                routed(objected, 1, "DLH", 0),
                decided(
                        objected,
                        2,
                        DecisionType.REFUSED,
                        LocalDate.of(2026, 3, 12),
                        MARCH_16,
                        8,
                        ExemptionGround.H_PERSONAL_SECRET),
                objection(objected, 3, LocalDate.of(2026, 3, 20)),
                submitted(withdrawnOne, MARCH_2, MARCH_16),
                routed(withdrawnOne, 1, "DPUPR", 0),
                withdrawn(withdrawnOne, 2));
        history.forEach(index::send);
        Map<String, OpdIndexUpdated> current = index.opd();

        IndexDriver replay = new IndexDriver(clock);
        try {
            for (EventPayload payload : history) {
                sendAsVersionOne(replay, payload);
            }
            Map<String, IndexMeasures> measures = new java.util.TreeMap<>();
            current.forEach((key, value) -> measures.put(key, value.measures()));
            Map<String, IndexMeasures> replayed = new java.util.TreeMap<>();
            replay.opd().forEach((key, value) -> replayed.put(key, value.measures()));
            assertEquals(measures, replayed);
            assertEquals(1, replayed.get("DLH|2026-03").objectionsFiled());
            assertEquals(List.of(), replay.deadLetters(Topics.REQUEST_EVENTS));
        } finally {
            replay.close();
        }
    }

    /** Sends {@code payload} as its version 1 producer did: the old type, and the applicant's words in the payload. */
    private void sendAsVersionOne(IndexDriver driver, EventPayload payload) {
        String type = EventCatalog.forPayload(payload.getClass()).type();
        String old = EventTypes.SUPERSEDED.entrySet().stream()
                .filter(e -> e.getValue().equals(type))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(type);
        com.fasterxml.jackson.databind.node.ObjectNode json = EventJson.mapper().valueToTree(payload);
        if (!old.equals(type)) {
            json.put("informationDetails", "Salinan dokumen AMDAL kawasan industri Ciwandan");
            json.put("purpose", "Penelitian skripsi");
            json.put("statement", "Penolakan tidak berdasar");
            json.put("reason", "Sudah tidak diperlukan");
        }
        Headers headers = new RecordHeaders();
        CloudEventHeaders.write(
                headers, EventMetadata.of(old, "/ppid/request-service", payload.key(), clock.instant()));
        try {
            driver.sendRaw(
                    EventCatalog.forPayload(payload.getClass()).topic(),
                    payload.key(),
                    EventJson.mapper().writeValueAsBytes(json),
                    headers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void countsTheRequestsOfEachOpdAndOfTheCity() {
        UUID granted = UUID.randomUUID();
        UUID refusedLate = UUID.randomUUID();
        UUID overdue = UUID.randomUUID();
        UUID openNotDue = UUID.randomUUID();
        index.sendAll(
                submitted(granted, MARCH_2, MARCH_16),
                routed(granted, 1, "DLH", 0),
                decided(granted, 2, DecisionType.GRANTED, LocalDate.of(2026, 3, 10), MARCH_16, 6),
                submitted(refusedLate, MARCH_2, MARCH_16),
                routed(refusedLate, 1, "DLH", 0),
                decided(
                        refusedLate,
                        2,
                        DecisionType.REFUSED,
                        LocalDate.of(2026, 3, 20),
                        MARCH_16,
                        13,
                        ExemptionGround.H_PERSONAL_SECRET,
                        ExemptionGround.A_LAW_ENFORCEMENT),
                submitted(overdue, MARCH_2, MARCH_16),
                routed(overdue, 1, "DLH", 0),
                submitted(openNotDue, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 22)),
                routed(openNotDue, 1, "DPUPR", 0));

        IndexMeasures dlh = index.opd("DLH", "2026-03").measures();
        assertEquals(3, dlh.received());
        assertEquals(2, dlh.answered());
        assertEquals(1, dlh.answeredOnTime());
        assertEquals(1, dlh.late());
        assertEquals(1, dlh.open());
        assertEquals(1, dlh.overdue());
        assertEquals(9.5, dlh.medianWorkingDays());
        assertEquals(13.0, dlh.p90WorkingDays());
        assertEquals(Map.of(DecisionType.GRANTED, 1L, DecisionType.REFUSED, 1L), dlh.decisionsByType());
        assertEquals(
                Map.of(ExemptionGround.H_PERSONAL_SECRET, 1L, ExemptionGround.A_LAW_ENFORCEMENT, 1L),
                dlh.refusalsByGround());
        assertEquals(dlh, index.opd("DLH", "2026").measures(), "the year holds the same requests as its month");
        assertEquals(dlh, index.opd("DLH", "rolling-90d").measures());

        IndexMeasures dpupr = index.opd("DPUPR", "2026-03").measures();
        assertEquals(1, dpupr.received());
        assertEquals(1, dpupr.open());
        assertEquals(0, dpupr.overdue(), "due on 22 April, not overdue on 20 April");

        CityIndexUpdated city = index.city("2026-03");
        assertEquals(4, city.measures().received());
        assertEquals(2, city.measures().open());
        assertEquals(1, city.measures().overdue());
        assertEquals(2, city.opdCount());
        assertFalse(city.enoughData(), "4 requests are below the minimum of 5");
        assertNull(city.score());
    }

    @Test
    void aDecisionAfterAnExtensionAndRedeliveriesAreCountedOnce() {
        UUID id = UUID.randomUUID();
        LocalDate extendedDue = LocalDate.of(2026, 3, 25);
        index.sendAll(submitted(id, MARCH_2, MARCH_16), routed(id, 1, "DLH", 0));
        assertEquals(1, index.opd("DLH", "2026-03").measures().open());

        index.sendAll(
                extended(id, 2, MARCH_16, extendedDue),
                decided(
                        id,
                        3,
                        DecisionType.PARTIALLY_GRANTED,
                        LocalDate.of(2026, 3, 24),
                        extendedDue,
                        16,
                        ExemptionGround.H_PERSONAL_SECRET));
        // Redelivered by an at-least-once relay: same sequence numbers, no effect.
        index.sendAll(
                submitted(id, MARCH_2, MARCH_16),
                extended(id, 2, MARCH_16, extendedDue),
                decided(
                        id,
                        3,
                        DecisionType.PARTIALLY_GRANTED,
                        LocalDate.of(2026, 3, 24),
                        extendedDue,
                        16,
                        ExemptionGround.H_PERSONAL_SECRET),
                routed(id, 1, "DLH", 0));

        IndexMeasures m = index.opd("DLH", "2026-03").measures();
        assertEquals(1, m.received());
        assertEquals(1, m.answered());
        assertEquals(1, m.answeredOnTime());
        assertEquals(0, m.open());
        assertEquals(1, m.extensions());
        assertEquals(Map.of(DecisionType.PARTIALLY_GRANTED, 1L), m.decisionsByType());
        assertEquals(Map.of(ExemptionGround.H_PERSONAL_SECRET, 1L), m.refusalsByGround());
        assertEquals(16.0, m.medianWorkingDays());
        assertEquals(1, index.city("2026-03").measures().received());
    }

    /**
     * Answered a day after a due date estimated for a year without its decree; the decree makes the due date a day
     * later, so request-service's recount says the answer was on time after all.
     */
    @Test
    void aRecountAfterTheDecreeCorrectsTheDueDateAndTheAnswersTimeliness() {
        UUID answered = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        LocalDate estimated = LocalDate.of(2026, 3, 16);
        LocalDate official = LocalDate.of(2026, 3, 17);
        index.sendAll(
                submitted(answered, MARCH_2, estimated),
                routed(answered, 1, "DLH", 0),
                decided(answered, 2, DecisionType.GRANTED, official, estimated, 11),
                submitted(open, MARCH_2, estimated),
                routed(open, 1, "DLH", 0));
        assertEquals(0, index.opd("DLH", "2026-03").measures().answeredOnTime());

        index.sendAll(
                recalculated(answered, 3, estimated, official, true, 10),
                recalculated(open, 2, estimated, official, null, null));
        // Redelivered: nothing changes twice.
        index.sendAll(recalculated(answered, 3, estimated, official, true, 10));
        IndexMeasures m = index.opd("DLH", "2026-03").measures();
        assertEquals(1, m.answeredOnTime());
        assertEquals(0, m.late());
        assertEquals(10.0, m.medianWorkingDays());
        assertEquals(1, m.open());
    }

    /**
     * Pasal 36: refused on time, objected to, upheld, then a corrected (late) decision that is objected to again. The
     * answer's timeliness stays the first answer's, the decision counted is the one in force, the ground once cited
     * stays counted, and both objections and the correction are in the history.
     */
    @Test
    void aCorrectedDecisionKeepsTheFirstAnswersTimelinessAndEveryObjectionCounts() {
        UUID id = UUID.randomUUID();
        index.sendAll(
                submitted(id, MARCH_2, MARCH_16),
                routed(id, 1, "DLH", 0),
                decided(
                        id,
                        2,
                        DecisionType.REFUSED,
                        LocalDate.of(2026, 3, 12),
                        MARCH_16,
                        8,
                        ExemptionGround.H_PERSONAL_SECRET),
                objection(id, 3, LocalDate.of(2026, 3, 18)),
                objectionDecided(id, 4, ObjectionOutcome.UPHELD, LocalDate.of(2026, 4, 1)),
                corrected(id, 5, 2, DecisionType.GRANTED, LocalDate.of(2026, 4, 3), MARCH_16, 23),
                objection(id, 6, LocalDate.of(2026, 4, 6)),
                objectionDecided(id, 7, ObjectionOutcome.REJECTED, LocalDate.of(2026, 4, 15)));
        // Redelivered: counted once.
        index.sendAll(
                corrected(id, 5, 2, DecisionType.GRANTED, LocalDate.of(2026, 4, 3), MARCH_16, 23),
                objection(id, 6, LocalDate.of(2026, 4, 6)));

        IndexMeasures m = index.opd("DLH", "2026-03").measures();
        assertEquals(1, m.answered());
        assertEquals(1, m.answeredOnTime());
        assertEquals(8.0, m.medianWorkingDays());
        assertEquals(Map.of(DecisionType.GRANTED, 1L), m.decisionsByType());
        assertEquals(Map.of(ExemptionGround.H_PERSONAL_SECRET, 1L), m.refusalsByGround());
        assertEquals(2, m.objectionsFiled());
        assertEquals(1, m.objectionsUpheld());
    }

    @Test
    void aTransferMovesTheRequestToTheNextOpd() {
        UUID id = UUID.randomUUID();
        index.sendAll(submitted(id, MARCH_2, MARCH_16), routed(id, 1, "DLH", 0));
        assertEquals(1, index.opd("DLH", "2026-03").measures().received());

        index.send(transferred(id, 2, "DLH", 1));
        assertEquals(0, index.opd("DLH", "2026-03").measures().received(), "DLH handed it back");
        assertEquals(1, index.city("2026-03").measures().received(), "the city still has it while it is re-routed");

        index.sendAll(
                routed(id, 3, "DPUPR", 1),
                decided(id, 2, DecisionType.GRANTED, LocalDate.of(2026, 3, 12), MARCH_16, 8));
        assertEquals(0, index.opd("DLH", "2026-03").measures().received());
        IndexMeasures dpupr = index.opd("DPUPR", "2026-03").measures();
        assertEquals(1, dpupr.received());
        assertEquals(1, dpupr.answered());
        assertEquals(1, dpupr.transfers());
        CityIndexUpdated city = index.city("2026-03");
        assertEquals(1, city.measures().received());
        assertEquals(1, city.measures().answered());
        assertEquals(1, city.opdCount(), "only DPUPR holds a request now");
    }

    @Test
    void periodsAreMonthsAndYearsOfReceiptAndARolling90DayWindow() {
        UUID december = UUID.randomUUID();
        UUID january = UUID.randomUUID();
        UUID april = UUID.randomUUID();
        index.sendAll(
                submitted(december, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 15)),
                        routed(december, 1, "DLH", 0),
                submitted(january, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 16)), routed(january, 1, "DLH", 0),
                submitted(april, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 16)), routed(april, 1, "DLH", 0));

        assertEquals(1, index.opd("DLH", "2025-12").measures().received());
        assertEquals(1, index.opd("DLH", "2025").measures().received());
        assertEquals(1, index.opd("DLH", "2026-01").measures().received());
        assertEquals(1, index.opd("DLH", "2026-04").measures().received());
        assertEquals(2, index.opd("DLH", "2026").measures().received());
        // 20 April: the window starts on 21 January.
        assertEquals(1, index.opd("DLH", "rolling-90d").measures().received());
        assertEquals(1, index.opd("DLH", "rolling-90d").measures().overdue());

        // On 1 July the April request has left the window: the re-evaluation publishes the change by itself.
        clock.setToday(LocalDate.of(2026, 7, 1));
        index.reevaluate();
        assertEquals(0, index.opd("DLH", "rolling-90d").measures().received());
        assertEquals(0, index.city("rolling-90d").measures().received());
        assertEquals(1, index.opd("DLH", "2026-04").measures().received(), "months do not move");
    }

    @Test
    void overdueFollowsTheDateWithoutAnyNewEvent() {
        UUID id = UUID.randomUUID();
        index.sendAll(submitted(id, LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 22)), routed(id, 1, "DLH", 0));
        assertEquals(0, index.opd("DLH", "2026-04").measures().overdue());
        int published = index.opdRecords.size();

        index.reevaluate();
        index.opd();
        assertEquals(published, index.opdRecords.size(), "nothing changed, nothing republished");

        clock.setToday(LocalDate.of(2026, 4, 23));
        index.reevaluate();
        assertEquals(1, index.opd("DLH", "2026-04").measures().overdue());
        assertEquals(1, index.city("2026-04").measures().overdue());
    }

    @Test
    void percentilesOfWorkingDaysComeFromTheDistribution() {
        int[] days = {3, 12, 8, 5, 10};
        for (int d : days) {
            UUID id = UUID.randomUUID();
            index.sendAll(
                    submitted(id, MARCH_2, MARCH_16),
                    routed(id, 1, "DLH", 0),
                    decided(id, 2, DecisionType.GRANTED, MARCH_2.plusDays(d), MARCH_16, d));
        }
        IndexMeasures five = index.opd("DLH", "2026-03").measures();
        assertEquals(8.0, five.medianWorkingDays());
        assertEquals(12.0, five.p90WorkingDays());

        UUID sixth = UUID.randomUUID();
        index.sendAll(
                submitted(sixth, MARCH_2, MARCH_16),
                routed(sixth, 1, "DLH", 0),
                decided(sixth, 2, DecisionType.GRANTED, MARCH_2.plusDays(1), MARCH_16, 1));
        IndexMeasures six = index.opd("DLH", "2026-03").measures();
        assertEquals(6.5, six.medianWorkingDays(), "even count: mean of 5 and 8");
        assertEquals(12.0, six.p90WorkingDays());

        // Moving the sixth request away takes its value out of the distribution again.
        index.send(transferred(sixth, 2, "DLH", 1));
        assertEquals(8.0, index.opd("DLH", "2026-03").measures().medianWorkingDays());
    }

    @Test
    void componentsWithoutDataAreLeftOutAndTheRestReweighted() {
        index.close();
        index = new IndexDriver(clock, new IndexFormula(IndexWeights.defaults(), 1));
        for (int i = 0; i < 4; i++) {
            UUID id = UUID.randomUUID();
            boolean late = i == 3;
            LocalDate decidedOn = late ? LocalDate.of(2026, 3, 18) : LocalDate.of(2026, 3, 10);
            index.sendAll(
                    submitted(id, MARCH_2, MARCH_16),
                    routed(id, 1, "DLH", 0),
                    decided(id, 2, DecisionType.GRANTED, decidedOn, MARCH_16, late ? 12 : 6));
            if (i == 0) {
                index.sendAll(
                        objection(id, 3, LocalDate.of(2026, 3, 20)),
                        objectionDecided(id, 4, ObjectionOutcome.UPHELD, LocalDate.of(2026, 4, 2)),
                        dispute(id, 5, LocalDate.of(2026, 4, 10)));
            }
        }
        OpdIndexUpdated march = index.opd("DLH", "2026-03");
        assertEquals(1, march.measures().objectionsFiled());
        assertEquals(1, march.measures().objectionsUpheld());
        assertEquals(1, march.measures().disputes());
        assertComponent(march, IndexFormula.TIMELINESS, 75.0, true);
        assertComponent(march, IndexFormula.COMPLETENESS, 100.0, true);
        assertComponent(march, IndexFormula.OBJECTIONS, 75.0, true);
        assertComponent(march, IndexFormula.PROACTIVE_DISCLOSURE, null, false);
        // (40×75 + 20×100 + 15×75) / (40 + 20 + 15)
        assertEquals(81.67, march.score());
        assertEquals(IndexBand.MENUJU_INFORMATIF, march.band());

        // Monthly periodic information registered on 1 January: due 1 Feb (on time), 1 Mar (late), 1 Apr (missed).
        index.sendAll(
                periodicEntry("DLH", "LKJ", 1, LocalDate.of(2026, 1, 1)),
                published("DLH", "LKJ", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 30)),
                published("DLH", "LKJ", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5)));
        march = index.opd("DLH", "2026-03");
        assertEquals(1, march.measures().periodicRequired());
        assertEquals(0, march.measures().periodicPublishedOnTime());
        assertComponent(march, IndexFormula.PROACTIVE_DISCLOSURE, 0.0, true);
        assertEquals(61.25, march.score(), "(6125 + 25×0) / 100");
        assertEquals(IndexBand.CUKUP_INFORMATIF, march.band());

        IndexMeasures year = index.opd("DLH", "2026").measures();
        assertEquals(3, year.periodicRequired());
        assertEquals(1, year.periodicPublishedOnTime());
        IndexMeasures april = index.opd("DLH", "2026-04").measures();
        assertEquals(1, april.periodicRequired(), "the April edition was missed");
        assertEquals(0, april.received());
        assertEquals(3, index.city("2026").measures().periodicRequired());
    }

    @Test
    void belowTheMinimumNumberOfRequestsThereIsNoScore() {
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            index.sendAll(
                    submitted(id, MARCH_2, MARCH_16),
                    routed(id, 1, "DLH", 0),
                    decided(id, 2, DecisionType.GRANTED, LocalDate.of(2026, 3, 10), MARCH_16, 6));
            OpdIndexUpdated value = index.opd("DLH", "2026-03");
            if (i < 4) {
                assertFalse(value.enoughData(), "only " + (i + 1) + " request(s)");
                assertNull(value.score());
                assertNull(value.band());
                assertComponent(value, IndexFormula.TIMELINESS, 100.0, true);
            } else {
                assertTrue(value.enoughData());
                assertEquals(100.0, value.score());
                assertEquals(IndexBand.INFORMATIF, value.band());
            }
        }
        // A withdrawn request is not a request the OPD had to answer.
        UUID gone = UUID.randomUUID();
        index.sendAll(submitted(gone, MARCH_2, MARCH_16), routed(gone, 1, "DPUPR", 0), withdrawn(gone, 2));
        assertEquals(1, index.opd("DPUPR", "2026-03").measures().received());
        assertEquals(0, index.opd("DPUPR", "2026-03").measures().open());
        assertFalse(index.opd("DPUPR", "2026-03").enoughData());
    }

    @Test
    void onlyThePeriodsARequestTouchesArePublishedAgain() {
        for (int i = 0; i < 3; i++) {
            UUID id = UUID.randomUUID();
            index.sendAll(submitted(id, MARCH_2, MARCH_16), routed(id, 1, "DLH", 0));
        }
        index.opd();
        int opdBefore = index.opdRecords.size();
        int cityBefore = index.cityRecords.size();

        UUID april = UUID.randomUUID();
        index.sendAll(
                submitted(april, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 21)), routed(april, 1, "DLH", 0));
        index.city();
        List<String> opdKeys = index.opdRecords.subList(opdBefore, index.opdRecords.size()).stream()
                .map(TestRecord::key)
                .distinct()
                .sorted()
                .toList();
        List<String> cityKeys = index.cityRecords.subList(cityBefore, index.cityRecords.size()).stream()
                .map(TestRecord::key)
                .distinct()
                .sorted()
                .toList();
        assertEquals(List.of("DLH|2026", "DLH|2026-04", "DLH|rolling-90d"), opdKeys, "March did not change");
        assertEquals(List.of("2026", "2026-04", "rolling-90d"), cityKeys);
        assertEquals(3, index.opd("DLH", "2026-03").measures().received());
        assertEquals(4, index.opd("DLH", "2026").measures().received());
    }

    @Test
    void aValueThatChangesBackIsPublishedAgain() {
        UUID id = UUID.randomUUID();
        index.sendAll(
                submitted(id, MARCH_2, MARCH_16),
                routed(id, 1, "DLH", 0),
                transferred(id, 2, "DLH", 1),
                routed(id, 3, "DLH", 1));
        index.opd();
        List<Long> received = index.opdRecords.stream()
                .filter(r -> r.key().equals("DLH|2026-03"))
                .map(r -> EventJson.read(r.value(), OpdIndexUpdated.class)
                        .measures()
                        .received())
                .toList();
        // In, out (handed back), in again: the last value equals the first and must still be published.
        assertEquals(List.of(1L, 0L, 1L), received);
    }

    @Test
    void aBurstOfEventsForOneOpdEndsInTheRightNumbers() {
        int requests = 60;
        long granted = 0;
        long refused = 0;
        for (int i = 0; i < requests; i++) {
            UUID id = UUID.randomUUID();
            LocalDate received = MARCH_2.plusDays(i % 20);
            index.sendAll(submitted(id, received, received.plusDays(14)), routed(id, 1, "DLH", 0));
            if (i % 3 != 0) {
                boolean refuse = i % 10 == 1;
                index.send(decided(
                        id,
                        2,
                        refuse ? DecisionType.REFUSED : DecisionType.GRANTED,
                        received.plusDays(5),
                        received.plusDays(14),
                        3 + i % 9,
                        refuse ? new ExemptionGround[] {ExemptionGround.H_PERSONAL_SECRET} : new ExemptionGround[0]));
                if (refuse) {
                    refused++;
                } else {
                    granted++;
                }
            }
        }
        OpdIndexUpdated march = index.opd("DLH", "2026-03");
        assertEquals(requests, march.measures().received());
        assertEquals(granted + refused, march.measures().answered());
        assertEquals(requests - granted - refused, march.measures().open());
        assertEquals(
                Map.of(DecisionType.GRANTED, granted, DecisionType.REFUSED, refused),
                march.measures().decisionsByType());
        assertEquals(
                Map.of(ExemptionGround.H_PERSONAL_SECRET, refused),
                march.measures().refusalsByGround());
        assertEquals(march.measures(), index.opd("DLH", "2026").measures());
        assertEquals(march.measures(), index.city("2026-03").measures());
        assertTrue(march.enoughData());
        assertNotNull(march.score());
    }

    @Test
    void aBurstWithinOnePublishingIntervalIsPublishedOnceAtItsEndWithTheSameValues() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<EventPayload> before = List.of(
                submitted(first, MARCH_2, MARCH_16),
                routed(first, 1, "DLH", 0),
                submitted(second, MARCH_2, MARCH_16),
                routed(second, 1, "DPUPR", 0));
        before.forEach(index::send);
        assertEquals(1, index.opd("DLH", "2026-03").measures().received(), "a change after a quiet interval: at once");
        assertEquals(1, index.opd("DPUPR", "2026-03").measures().received());
        int opdBefore = index.opdRecords.size();
        int cityBefore = index.cityRecords.size();

        List<EventPayload> burst = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            UUID id = UUID.randomUUID();
            LocalDate received = MARCH_2.plusDays(i % 20);
            burst.add(submitted(id, received, received.plusDays(14)));
            burst.add(routed(id, 1, i % 2 == 0 ? "DLH" : "DPUPR", 0));
            if (i % 3 == 0) {
                burst.add(decided(id, 2, DecisionType.GRANTED, received.plusDays(4), received.plusDays(14), 4));
            }
        }
        index.sendBurst(burst.toArray(EventPayload[]::new));
        // Within the interval a scope's first change goes out at once (it came after a quiet interval), the rest
        // only mark it: at most one value per key so far, and DPUPR's last change is not visible yet.
        index.city();
        assertTrue(countPerKey(index.opdRecords.subList(opdBefore, index.opdRecords.size())).values().stream()
                .allMatch(n -> n == 1));
        assertTrue(index.opd("DPUPR", "2026-03").measures().received() < 16, "not published before the interval ends");

        index.endOfInterval();
        Map<String, OpdIndexUpdated> opd = index.opd();
        Map<String, CityIndexUpdated> city = index.city();
        assertEquals(16, opd.get("DLH|2026-03").measures().received());
        assertEquals(16, opd.get("DPUPR|2026-03").measures().received());
        assertEquals(32, city.get("2026-03").measures().received());
        Map<String, Long> opdCounts = countPerKey(index.opdRecords.subList(opdBefore, index.opdRecords.size()));
        Map<String, Long> cityCounts = countPerKey(index.cityRecords.subList(cityBefore, index.cityRecords.size()));
        // DLH had been quiet for an interval: its first change at once, the other 19 at the end. DPUPR and the city
        // had changed just before the burst: everything at the end.
        assertEquals(2L, opdCounts.get("DLH|2026-03"), "of 20 changes");
        assertEquals(1L, opdCounts.get("DPUPR|2026-03"), "of 20 changes");
        assertEquals(1L, cityCounts.get("2026-03"), "of 70 changes");

        // The same events spaced out, each published as it happens, end in the very same values.
        try (IndexDriver spaced = new IndexDriver(clock)) {
            before.forEach(spaced::send);
            burst.forEach(spaced::send);
            assertEquals(opd, spaced.opd());
            assertEquals(city, spaced.city());
        }
    }

    @Test
    void aBurstThroughASmallRecordCacheEndsInTheSameValues() {
        // A record cache that keeps evicting: reading an aggregate while publishing flushes another key, which comes
        // back into the publisher in the middle of its work (a rebuild fills the cache with request facts).
        List<EventPayload> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID id = UUID.randomUUID();
            LocalDate received = MARCH_2.plusDays(i % 25);
            String opd = i % 3 == 0 ? "DLH" : i % 3 == 1 ? "DPUPR" : "DISDUKCAPIL";
            events.add(submitted(id, received, received.plusDays(14)));
            events.add(routed(id, 1, opd, 0));
            if (i % 2 == 0) {
                events.add(decided(id, 2, DecisionType.GRANTED, received.plusDays(3), received.plusDays(14), 3));
            }
        }
        try (IndexDriver cached = new IndexDriver(
                clock,
                new IndexFormula(IndexWeights.defaults(), 5),
                org.apache.kafka.streams.StreamsConfig.EXACTLY_ONCE_V2,
                4096)) {
            for (int i = 0; i < events.size(); i += 10) {
                cached.sendBurst(
                        events.subList(i, Math.min(events.size(), i + 10)).toArray(EventPayload[]::new));
                cached.endOfInterval();
            }
            cached.reevaluate();
            events.forEach(index::send);
            assertEquals(index.opd(), cached.opd());
            assertEquals(index.city(), cached.city());
            assertEquals(40, cached.city("2026-03").measures().received());
        }
    }

    @Test
    void replayingTheTopicsIntoAFreshApplicationGivesTheSameResults() {
        List<EventPayload> history = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            UUID id = UUID.randomUUID();
            String opd = i % 3 == 0 ? "DLH" : i % 3 == 1 ? "DPUPR" : "DISDUKCAPIL";
            LocalDate received = MARCH_2.plusDays(i * 3L);
            LocalDate due = received.plusDays(14);
            history.add(submitted(id, received, due));
            history.add(routed(id, 1, opd, 0));
            if (i % 4 == 1) {
                history.add(transferred(id, 2, opd, 1));
                history.add(routed(id, 3, "DLH", 1));
            }
            if (i % 2 == 0) {
                history.add(extended(id, 2, due, due.plusDays(9)));
                history.add(decided(
                        id,
                        3,
                        i % 6 == 0 ? DecisionType.REFUSED : DecisionType.GRANTED,
                        received.plusDays(10 + i),
                        due.plusDays(9),
                        7 + i,
                        i % 6 == 0
                                ? new ExemptionGround[] {ExemptionGround.I_INTERNAL_MEMORANDUM}
                                : new ExemptionGround[0]));
            }
        }
        history.add(periodicEntry("DLH", "APBD", 6, LocalDate.of(2025, 7, 1)));
        history.add(published("DLH", "APBD", LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 20)));
        history.forEach(index::send);
        Map<String, OpdIndexUpdated> opd = index.opd();
        Map<String, CityIndexUpdated> city = index.city();
        assertTrue(opd.size() > 10);

        try (IndexDriver fresh = new IndexDriver(clock)) {
            history.forEach(fresh::send);
            assertEquals(opd, fresh.opd());
            assertEquals(city, fresh.city());
        }
    }

    @Test
    void recordsThatCannotBeReadAreParkedTypesOfOtherTopicsSkippedAndTheRestGoesOn() {
        UUID id = UUID.randomUUID();
        Headers valid = headers(EventTypes.REQUEST_SUBMITTED, id.toString());
        index.sendRaw(Topics.REQUEST_EVENTS, id.toString(), "{not json".getBytes(StandardCharsets.UTF_8), valid);
        index.sendRaw(
                Topics.REQUEST_EVENTS,
                id.toString(),
                EventJson.write(submitted(id, MARCH_2, MARCH_16)),
                new RecordHeaders());
        // Types this topic does not carry (another topic's, or one published before index-service knows it) are
        // skipped, not parked: a tolerant reader.
        index.sendRaw(
                Topics.REQUEST_EVENTS,
                id.toString(),
                EventJson.write(routed(id, 1, "DLH", 0)),
                headers(EventTypes.ROUTING_ROUTED, id.toString()));
        index.sendRaw(
                Topics.REQUEST_EVENTS,
                id.toString(),
                "{}".getBytes(StandardCharsets.UTF_8),
                headers("id.go.cilegon.ppid.future.changed.v9", id.toString()));
        index.sendRaw(
                Topics.REQUEST_EVENTS,
                UUID.randomUUID().toString(),
                EventJson.write(submitted(id, MARCH_2, MARCH_16)),
                headers(EventTypes.REQUEST_SUBMITTED, id.toString()));
        index.sendRaw(
                Topics.OPD_EVENTS,
                "DLH",
                "{}".getBytes(StandardCharsets.UTF_8),
                headers(EventTypes.OPD_INFORMATION_PUBLISHED, "DLH"));

        List<TestRecord<String, byte[]>> parked = index.deadLetters(Topics.REQUEST_EVENTS);
        assertEquals(3, parked.size());
        for (TestRecord<String, byte[]> record : parked) {
            assertEquals(
                    CloudEventHeaders.DLQ_REASON_INVALID_EVENT,
                    IndexDriver.header(record, CloudEventHeaders.DLQ_REASON));
            assertEquals(Topics.REQUEST_EVENTS, IndexDriver.header(record, CloudEventHeaders.DLQ_ORIGINAL_TOPIC));
            assertEquals("index-service", IndexDriver.header(record, CloudEventHeaders.DLQ_CONSUMER));
            assertNotNull(IndexDriver.header(record, CloudEventHeaders.DLQ_EXCEPTION));
        }
        assertEquals("{not json", new String(parked.get(0).value(), StandardCharsets.UTF_8), "parked as it came");
        assertEquals(EventTypes.REQUEST_SUBMITTED, IndexDriver.header(parked.get(0), CloudEventHeaders.TYPE));
        assertTrue(IndexDriver.header(parked.get(1), CloudEventHeaders.DLQ_EXCEPTION)
                .contains("ce_specversion"));
        assertTrue(IndexDriver.header(parked.get(2), CloudEventHeaders.DLQ_EXCEPTION)
                .contains("does not match"));
        assertEquals(1, index.deadLetters(Topics.OPD_EVENTS).size());

        index.sendAll(submitted(id, MARCH_2, MARCH_16), routed(id, 1, "DLH", 0));
        assertEquals(1, index.opd("DLH", "2026-03").measures().received(), "the valid events still count");
    }

    private Headers headers(String type, String subject) {
        Headers headers = new RecordHeaders();
        CloudEventHeaders.write(headers, EventMetadata.of(type, "/ppid/test", subject, clock.instant()));
        return headers;
    }

    private static Map<String, Long> countPerKey(List<TestRecord<String, byte[]>> records) {
        return records.stream().collect(Collectors.groupingBy(TestRecord::key, Collectors.counting()));
    }

    private static void assertComponent(OpdIndexUpdated value, String name, Double expected, boolean included) {
        IndexComponent component = value.components().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertEquals(expected, component.value(), name);
        assertEquals(included, component.included(), name + " included");
    }
}
