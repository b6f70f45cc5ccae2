package id.go.cilegon.ppid.calendar.feed;

import id.go.cilegon.ppid.calendar.CalendarSettings;
import id.go.cilegon.ppid.calendar.LiveCalendar;
import id.go.cilegon.ppid.calendar.WorkingDayCalendar;
import id.go.cilegon.ppid.calendar.YearSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * The platform's one calendar inside a service: the bundled years (and the data directory, if configured) as the
 * start, the calendar topic followed on top of them. A service builds it once at startup, takes
 * {@link LiveCalendar#current()} per computation and closes it at shutdown.
 */
public final class PlatformCalendar implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PlatformCalendar.class.getName());

    /** One year as a service reports it (health details, metrics, status pages). */
    public record YearLine(int year, String status, String origin, String legalSource, String version, long revision) {

        /** E.g. {@code 2027 PROVISIONAL (BUNDLED, version 2027.0-candidates)}. */
        public String describe() {
            return year + " " + status + " (" + origin + (version.isEmpty() ? "" : ", version " + version)
                    + (revision > 0 ? ", revision " + revision : "") + ")";
        }
    }

    private final LiveCalendar live;
    private final CalendarFeed feed;

    private PlatformCalendar(LiveCalendar live, CalendarFeed feed) {
        this.live = live;
        this.feed = feed;
    }

    /**
     * Loads the start data, starts following {@code topic} and waits up to {@code catchUp} for the years already
     * published; past that, the service starts with what it has and the feed catches up in the background.
     */
    public static PlatformCalendar start(
            CalendarSettings settings,
            Map<String, Object> kafkaConfig,
            String topic,
            String clientId,
            Duration catchUp) {
        WorkingDayCalendar start = WorkingDayCalendar.create(settings);
        start.yearSources().forEach(year -> LOG.info(() -> "Working-day calendar at start: " + year.describe()));
        LiveCalendar live = new LiveCalendar(start);
        CalendarFeed feed = CalendarFeed.start(kafkaConfig, topic, live, clientId);
        try {
            if (!feed.awaitCaughtUp(catchUp)) {
                LOG.warning(() -> "Calendar topic " + topic + " not read within " + catchUp.toSeconds() + " s ("
                        + feed.lastError().orElse("no answer") + "); starting with the bundled years, following on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new PlatformCalendar(live, feed);
    }

    public LiveCalendar live() {
        return live;
    }

    public CalendarFeed feed() {
        return feed;
    }

    /**
     * Every year this service knows of, and always the current and the next one (estimated if nothing is loaded),
     * ascending.
     */
    public List<YearLine> years(LocalDate today) {
        WorkingDayCalendar calendar = live.current();
        TreeSet<Integer> years = new TreeSet<>();
        calendar.yearSources().forEach(source -> years.add(source.year()));
        years.add(today.getYear());
        years.add(today.getYear() + 1);
        List<YearLine> lines = new ArrayList<>();
        for (int year : years) {
            YearSource source = calendar.yearSource(year);
            lines.add(new YearLine(
                    year,
                    source.status().name(),
                    source.origin().name(),
                    source.legalSource(),
                    source.version(),
                    live.revision(year)));
        }
        return lines;
    }

    /** Whether the year {@code yearsAhead} after today's (0: this year) counts on its signed decree. */
    public boolean official(LocalDate today, int yearsAhead) {
        return live.current().status(today.getYear() + yearsAhead) == id.go.cilegon.ppid.calendar.YearStatus.OFFICIAL;
    }

    /** What a health check shows: each year with its status and source, and the state of the topic's feed. */
    public Map<String, String> healthData(LocalDate today) {
        Map<String, String> data = new java.util.LinkedHashMap<>();
        years(today).forEach(line -> data.put(Integer.toString(line.year()), line.describe()));
        data.put("topic", feed.caughtUp() ? "following" : "catching up");
        feed.lastError().ifPresent(error -> data.put("topicError", error));
        return data;
    }

    @Override
    public void close() {
        feed.close();
    }
}
