package id.go.cilegon.ppid.index.messaging;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.index.CityIndexUpdated;
import id.go.cilegon.ppid.contracts.index.OpdIndexUpdated;
import id.go.cilegon.ppid.contracts.index.Period;
import id.go.cilegon.ppid.index.domain.IndexFormula;
import id.go.cilegon.ppid.index.domain.PeriodIndex;
import id.go.cilegon.ppid.index.domain.ScopeAggregate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.jboss.logging.Logger;

/**
 * Publishes the index of a scope's periods whenever its aggregate changes, and re-evaluates all scopes on a
 * wall-clock schedule because "overdue", missed periodic editions and the rolling window move with the date alone.
 * A value is published only when it differs from the last one published for its key (remembered in a store), so
 * the compacted topics carry changes, not noise.
 *
 * <p>Two things keep this cheap while a fresh instance catches up on a long history (where a scope changes
 * thousands of times a second):
 * <ul>
 * <li><b>Only the touched periods.</b> The state of each month and day last evaluated is remembered per scope; a
 * change re-evaluates only the months whose counts differ, their years, and the rolling window when a day differs.
 * Every other period's value depends only on its own months or days, the periodic registers and the date, so it
 * cannot have changed; when the registers or the date differ (or nothing is remembered, after a restart or a
 * rebalance) every period is evaluated, as the wall-clock re-evaluation always does.</li>
 * <li><b>At most once per {@code publishEvery} per scope.</b> The first change of a scope after a quiet interval is
 * published at once (steady state: no added delay); further changes within the interval only mark the scope dirty,
 * and a punctuator publishes each dirty scope once from its latest aggregate. A scope changed a thousand times in
 * one interval is computed once or twice, not a thousand times.</li>
 * </ul>
 * Because a dirty scope is published in a later transaction than the change that made it dirty, a crash in between
 * would lose the mark; so every (re)start of the task begins with a full re-evaluation at its first punctuation.
 *
 * <p>That punctuation is scheduled only while a scope is dirty (one-shot, at the end of the interval), never on a
 * fixed rhythm: under exactly-once every punctuation makes the task commit a Kafka transaction at the next commit
 * interval, so a 100 ms rhythm kept an idle index-service (and the broker) committing five empty transactions a
 * second.
 *
 * <p>Most periods still come out unchanged, so telling "unchanged" must be cheap: the last value published per key
 * is also kept in memory, and a period whose value equals it (and whose fingerprint is still the one in the store) is
 * skipped without writing JSON or hashing. The store stays the truth: after a restart, a rebalance or an aborted
 * transaction the memory is empty or disagrees with it, and the value is fingerprinted as before.
 */
final class IndexPublisher implements Processor<String, ScopeAggregate, String, byte[]> {

    private static final Logger LOG = Logger.getLogger(IndexPublisher.class);

    private final boolean city;
    private final String aggregateStoreName;
    private final String publishedStoreName;
    private final IndexFormula formula;
    private final Clock clock;
    private final Duration reevaluateEvery;
    private final long publishEveryMs;

    private ProcessorContext<String, byte[]> context;
    private TimestampedKeyValueStore<String, ScopeAggregate> aggregates;
    private KeyValueStore<String, String> published;
    /** Per output key, the value last published by this processor (computedAt left out) and its fingerprint. */
    private final Map<String, Published> lastPublished = new HashMap<>();
    /** Scopes changed since they were last published, with the timestamp of their latest change. */
    private final Map<String, Long> dirty = new LinkedHashMap<>();
    /** Per scope, when (stream-thread wall clock) it was last published. */
    private final Map<String, Long> publishedAt = new HashMap<>();
    /** Per scope, the state its periods were last evaluated from. */
    private final Map<String, Evaluated> evaluated = new HashMap<>();
    /** Set by init: the first punctuation re-evaluates every scope (a dirty mark may have been lost). */
    private boolean reevaluatePending;
    /** The scheduled publication of the dirty scopes, if one is due; null while nothing waits. */
    private Cancellable pendingPublication;

    private record Published(String fingerprint, EventPayload value) {}

    IndexPublisher(
            boolean city,
            String aggregateStoreName,
            String publishedStoreName,
            IndexFormula formula,
            Clock clock,
            Duration reevaluateEvery,
            Duration publishEvery) {
        this.city = city;
        this.aggregateStoreName = aggregateStoreName;
        this.publishedStoreName = publishedStoreName;
        this.formula = formula;
        this.clock = clock;
        this.reevaluateEvery = reevaluateEvery;
        this.publishEveryMs = publishEvery.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.aggregates = context.getStateStore(aggregateStoreName);
        this.published = context.getStateStore(publishedStoreName);
        lastPublished.clear();
        dirty.clear();
        publishedAt.clear();
        evaluated.clear();
        reevaluatePending = true;
        pendingPublication = null;
        context.schedule(reevaluateEvery, PunctuationType.WALL_CLOCK_TIME, this::reevaluateAll);
        schedulePublication(publishEveryMs);
    }

    @Override
    public void process(Record<String, ScopeAggregate> record) {
        String key = record.key();
        if (key == null || record.value() == null) {
            return;
        }
        long now = context.currentSystemTimeMs();
        Long last = publishedAt.get(key);
        if ((last == null || now - last >= publishEveryMs) && !dirty.containsKey(key)) {
            publishedAt.put(key, now);
            publish(key, record.value(), record.timestamp(), false);
        } else {
            dirty.merge(key, record.timestamp(), Math::max);
            // At the end of this scope's interval; a publication already due (for another scope) takes it along.
            schedulePublication(last == null ? publishEveryMs : last + publishEveryMs - now);
        }
    }

    /** Schedules one publication of the dirty scopes in {@code delayMs}, unless one is already due. */
    private void schedulePublication(long delayMs) {
        if (pendingPublication == null) {
            pendingPublication = context.schedule(
                    Duration.ofMillis(Math.max(1, delayMs)), PunctuationType.WALL_CLOCK_TIME, this::publishDirty);
        }
    }

    private void publishDirty(long timestamp) {
        // One-shot: cancelled before publishing, so a scope marked dirty while this runs schedules the next one.
        if (pendingPublication != null) {
            pendingPublication.cancel();
            pendingPublication = null;
        }
        if (reevaluatePending) {
            reevaluateAll(timestamp);
            return;
        }
        if (dirty.isEmpty()) {
            return;
        }
        // Taken out first: reading a store through its record cache can evict (flush) another key, which comes
        // back into process() and may mark a scope dirty again while this loop runs.
        List<Map.Entry<String, Long>> scopes = new ArrayList<>(dirty.size());
        dirty.forEach((key, changedAt) -> scopes.add(Map.entry(key, changedAt)));
        dirty.clear();
        long now = context.currentSystemTimeMs();
        for (Map.Entry<String, Long> scope : scopes) {
            ValueAndTimestamp<ScopeAggregate> current = aggregates.get(scope.getKey());
            if (current != null && current.value() != null) {
                publishedAt.put(scope.getKey(), now);
                publish(scope.getKey(), current.value(), scope.getValue(), false);
            }
        }
        LOG.tracef("Published %d changed %s scope(s)", scopes.size(), city ? "city" : "OPD");
    }

    private void reevaluateAll(long timestamp) {
        reevaluatePending = false;
        dirty.clear();
        long now = context.currentSystemTimeMs();
        int scopes = 0;
        try (KeyValueIterator<String, ValueAndTimestamp<ScopeAggregate>> all = aggregates.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<ScopeAggregate>> entry = all.next();
                if (entry.value != null && entry.value.value() != null) {
                    publishedAt.put(entry.key, now);
                    publish(entry.key, entry.value.value(), timestamp, true);
                    scopes++;
                }
            }
        }
        LOG.debugf("Re-evaluated %d %s aggregate(s)", scopes, city ? "city" : "OPD");
    }

    private void publish(String scopeKey, ScopeAggregate aggregate, long timestamp, boolean everyPeriod) {
        Instant now = clock.instant();
        LocalDate today = LegalTime.toLegalDate(now);
        Evaluated before = evaluated.get(scopeKey);
        Evaluated after = Evaluated.of(aggregate, today);
        evaluated.put(scopeKey, after);
        List<PeriodIndex> indexes = everyPeriod || !after.comparableWith(before)
                ? PeriodIndex.all(aggregate, today, formula)
                : PeriodIndex.of(aggregate, before.periodsChangedIn(after), today, formula);
        for (PeriodIndex index : indexes) {
            // The value without the time it was computed at: what "changed" means.
            EventPayload value = city ? cityPayload(index, Instant.EPOCH) : opdPayload(scopeKey, index, Instant.EPOCH);
            String key = value.key();
            String stored = published.get(key);
            Published last = lastPublished.get(key);
            if (last != null
                    && last.fingerprint().equals(stored)
                    && last.value().equals(value)) {
                continue;
            }
            String fingerprint = fingerprint(value);
            lastPublished.put(key, new Published(fingerprint, value));
            if (fingerprint.equals(stored)) {
                continue;
            }
            published.put(key, fingerprint);
            EventPayload payload = city ? cityPayload(index, now) : opdPayload(scopeKey, index, now);
            RecordHeaders headers = new RecordHeaders();
            CloudEventHeaders.write(headers, EventMetadata.of(payload, Services.source(Services.INDEX_SERVICE), now));
            context.forward(new Record<>(key, EventJson.write(payload), timestamp, headers));
        }
    }

    /**
     * The state a scope's periods were evaluated from: each month's and day's counts in their state form (the bytes
     * a bucket was read with, so remembering them copies nothing), the registers, and the date.
     */
    private record Evaluated(
            LocalDate today, Map<String, byte[]> months, Map<LocalDate, byte[]> days, byte[] registers) {

        static Evaluated of(ScopeAggregate aggregate, LocalDate today) {
            Map<String, byte[]> months = new HashMap<>(aggregate.months.size() * 2);
            aggregate.months.forEach((month, bucket) -> months.put(month, bucket.toState()));
            Map<LocalDate, byte[]> days = new HashMap<>(aggregate.days.size() * 2);
            aggregate.days.forEach((day, bucket) -> days.put(day, bucket.toState()));
            return new Evaluated(today, months, days, StateBinary.registersState(aggregate));
        }

        /** Whether only the periods of changed months and days need evaluating (same date, same registers). */
        boolean comparableWith(Evaluated before) {
            return before != null && before.today.equals(today) && Arrays.equals(before.registers, registers);
        }

        /** The months whose counts differ, their years, the rolling window if a day differs; in publishing order. */
        List<Period> periodsChangedIn(Evaluated after) {
            TreeSet<String> changedMonths = new TreeSet<>();
            differing(months, after.months, changedMonths::add);
            boolean dayChanged = differing(days, after.days, day -> {});
            List<Period> periods = new ArrayList<>();
            TreeSet<Integer> years = new TreeSet<>();
            for (String month : changedMonths) {
                YearMonth yearMonth = YearMonth.parse(month);
                periods.add(Period.month(yearMonth));
                years.add(yearMonth.getYear());
            }
            years.forEach(year -> periods.add(Period.year(year)));
            if (dayChanged) {
                periods.add(Period.rolling90Days());
            }
            return periods;
        }

        private static <K> boolean differing(Map<K, byte[]> before, Map<K, byte[]> after, Consumer<K> changed) {
            boolean any = false;
            for (Map.Entry<K, byte[]> entry : after.entrySet()) {
                byte[] old = before.get(entry.getKey());
                // Identical arrays are the common case: an untouched bucket keeps the bytes it was read with.
                if (old != entry.getValue() && !Arrays.equals(old, entry.getValue())) {
                    changed.accept(entry.getKey());
                    any = true;
                }
            }
            for (K key : before.keySet()) {
                if (!after.containsKey(key)) {
                    changed.accept(key);
                    any = true;
                }
            }
            return any;
        }
    }

    static OpdIndexUpdated opdPayload(String opdCode, PeriodIndex index, Instant computedAt) {
        return new OpdIndexUpdated(
                opdCode,
                index.measures().period(),
                index.index().score(),
                index.index().band(),
                index.index().enoughData(),
                index.index().components(),
                index.measures().measures(),
                computedAt);
    }

    static CityIndexUpdated cityPayload(PeriodIndex index, Instant computedAt) {
        return new CityIndexUpdated(
                index.measures().period(),
                index.index().score(),
                index.index().band(),
                index.index().enoughData(),
                index.index().components(),
                index.measures().measures(),
                index.measures().opdCount(),
                computedAt);
    }

    private static String fingerprint(EventPayload payload) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(digest.digest(EventJson.writeString(payload).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
