package id.go.cilegon.ppid.calendar.feed;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.calendar.LiveCalendar;
import id.go.cilegon.ppid.calendar.Side;
import id.go.cilegon.ppid.calendar.WorkingDayCalendar;
import id.go.cilegon.ppid.calendar.YearSource;
import id.go.cilegon.ppid.calendar.YearStatus;
import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.calendar.CalendarDay;
import id.go.cilegon.ppid.contracts.calendar.CalendarDayKind;
import id.go.cilegon.ppid.contracts.calendar.CalendarYearPublished;
import id.go.cilegon.ppid.contracts.calendar.CalendarYearStatus;
import id.go.cilegon.ppid.testing.EmbeddedKafka;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The feed against a real broker: reads the topic from the start, follows it live, keeps the highest revision. */
class CalendarFeedTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final String topic = "ppid.calendar.v1." + UUID.randomUUID();
    private CalendarFeed feed;

    @BeforeAll
    static void broker() {
        EmbeddedKafka.start();
    }

    @AfterEach
    void stop() {
        if (feed != null) {
            feed.close();
        }
    }

    private CalendarFeed follow(LiveCalendar calendar) {
        return CalendarFeed.start(
                Map.of("bootstrap.servers", EmbeddedKafka.bootstrapServers()), topic, calendar, "calendar-feed-test");
    }

    /* 2031 with the decree: 1 Jan (Wed), and a made-up 2 Jan holiday so the official year differs from the estimate. */
    private static CalendarYearPublished year2031(long revision, String version, LocalDate... extra) {
        List<CalendarDay> days = new java.util.ArrayList<>(
                List.of(new CalendarDay(LocalDate.of(2031, 1, 1), CalendarDayKind.HOLIDAY, "Tahun Baru 2031 Masehi")));
        for (LocalDate day : extra) {
            days.add(new CalendarDay(day, CalendarDayKind.HOLIDAY, "Hari libur uji"));
        }
        return new CalendarYearPublished(
                2031, CalendarYearStatus.OFFICIAL, "SKB uji", version, revision, days, Instant.now());
    }

    private void publish(CalendarYearPublished year) {
        publish(year.key(), EventJson.writeString(year));
    }

    private void publish(String key, String value) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(
                headers,
                EventMetadata.of(
                        id.go.cilegon.ppid.contracts.EventTypes.CALENDAR_YEAR_PUBLISHED,
                        Services.source(Services.REQUEST_SERVICE),
                        key,
                        Instant.now()));
        Map<String, String> map = new HashMap<>();
        headers.forEach(h -> map.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        KafkaTestClient.send(topic, key, value, map);
    }

    @Test
    void readsWhatWasPublishedBeforeItStartedThenFollowsAndKeepsTheHighestRevision() throws InterruptedException {
        KafkaTestClient.createCompactedTopic(topic);
        publish(year2031(1, "2031.1", LocalDate.of(2031, 1, 2)));
        LiveCalendar calendar = new LiveCalendar(WorkingDayCalendar.standard());
        assertEquals(YearStatus.PROVISIONAL, calendar.current().status(2031));

        feed = follow(calendar);
        assertTrue(feed.awaitCaughtUp(WAIT));
        assertEquals(YearStatus.OFFICIAL, calendar.current().status(2031));
        assertEquals(
                YearSource.Origin.PUBLISHED, calendar.current().yearSource(2031).origin());
        assertFalse(calendar.current().isWorkingDay(LocalDate.of(2031, 1, 2), Side.BODY));

        // An upload at run time: the 2 January holiday is gone in revision 2.
        publish(year2031(2, "2031.2"));
        await().atMost(WAIT).until(() -> calendar.revision(2031) == 2);
        assertTrue(calendar.current().isWorkingDay(LocalDate.of(2031, 1, 2), Side.BODY));

        // A stale revision (a second producer, a replay) changes nothing; an unreadable record is skipped.
        publish(year2031(1, "2031.1", LocalDate.of(2031, 1, 2)));
        publish("2031", "{not json");
        publish(year2031(3, "2031.3", LocalDate.of(2031, 1, 3)));
        await().atMost(WAIT).until(() -> calendar.revision(2031) == 3);
        assertTrue(calendar.current().isWorkingDay(LocalDate.of(2031, 1, 2), Side.BODY));
        assertFalse(calendar.current().isWorkingDay(LocalDate.of(2031, 1, 3), Side.BODY));
        assertTrue(
                feed.lastError().orElse("").contains("unreadable record"),
                feed.lastError().toString());
    }

    @Test
    void withoutTheTopicItCountsOnWhatItHasAndPicksTheTopicUpOnceItExists() throws InterruptedException {
        LiveCalendar calendar = new LiveCalendar(WorkingDayCalendar.standard());
        feed = follow(calendar);
        assertTrue(feed.awaitCaughtUp(WAIT), "nothing published: nothing to wait for");
        assertEquals(YearStatus.PROVISIONAL, calendar.current().status(2031));

        KafkaTestClient.createCompactedTopic(topic);
        publish(year2031(1, "2031.1"));
        await().atMost(WAIT).until(() -> calendar.current().status(2031) == YearStatus.OFFICIAL);
    }

    @Test
    void listenersHearOfEachChangeOnce() throws InterruptedException {
        KafkaTestClient.createCompactedTopic(topic);
        LiveCalendar calendar = new LiveCalendar(WorkingDayCalendar.standard());
        List<Long> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        calendar.onChange(change -> heard.add(change.revision()));
        publish(year2031(1, "2031.1"));
        publish(year2031(1, "2031.1"));
        feed = follow(calendar);
        assertTrue(feed.awaitCaughtUp(WAIT));
        publish(year2031(2, "2031.2"));
        await().atMost(WAIT).until(() -> heard.size() == 2);
        assertEquals(List.of(1L, 2L), heard);
    }
}
