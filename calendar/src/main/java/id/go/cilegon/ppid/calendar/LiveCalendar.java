package id.go.cilegon.ppid.calendar;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The working-day calendar of a running service, changed at run time: it starts from the bundled (and data-directory)
 * years and takes each year published on the platform's calendar topic, keeping per year the highest revision. Take
 * {@link #current()} once per computation: it is an immutable snapshot, so the dates of one step never mix two
 * versions of a year. Thread-safe.
 */
public final class LiveCalendar {

    /** A year that changed: its new list and revision, and the calendar before and after. */
    public record Change(CalendarFile year, long revision, WorkingDayCalendar before, WorkingDayCalendar after) {}

    private final AtomicReference<WorkingDayCalendar> current;
    private final Map<Integer, Long> revisions = new ConcurrentHashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    public LiveCalendar(WorkingDayCalendar initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /** The calendar as of now. */
    public WorkingDayCalendar current() {
        return current.get();
    }

    /** The revision of {@code year} published on the topic and taken here; 0 when none was. */
    public long revision(int year) {
        return revisions.getOrDefault(year, 0L);
    }

    /** Every published year taken here, with its revision. */
    public Map<Integer, Long> revisions() {
        return Map.copyOf(revisions);
    }

    /**
     * Takes revision {@code revision} of a year, unless this calendar already holds that revision or a later one (a
     * replay of the compacted topic, or two replicas publishing). Listeners hear of a change after it took effect.
     *
     * @return whether the calendar changed
     */
    public boolean apply(CalendarFile year, long revision) {
        Change change;
        synchronized (this) {
            if (revision <= revision(year.year())) {
                return false;
            }
            WorkingDayCalendar before = current.get();
            WorkingDayCalendar after =
                    before.withYear(year, YearSource.Origin.PUBLISHED, "ppid.calendar.v1 revision " + revision);
            current.set(after);
            revisions.put(year.year(), revision);
            change = new Change(year, revision, before, after);
        }
        listeners.forEach(listener -> listener.accept(change));
        return true;
    }

    /** Calls {@code listener} after every change, on the thread that applied it. */
    public void onChange(Consumer<Change> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }
}
