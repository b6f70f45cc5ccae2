package id.go.cilegon.ppid.index.messaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.jboss.logging.Logger;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.index.CityIndexUpdated;
import id.go.cilegon.ppid.contracts.index.OpdIndexUpdated;
import id.go.cilegon.ppid.index.domain.IndexFormula;
import id.go.cilegon.ppid.index.domain.PeriodIndex;
import id.go.cilegon.ppid.index.domain.ScopeAggregate;

/**
 * Publishes the index of every period of a scope whenever its aggregate changes, and re-evaluates all scopes on a
 * wall-clock schedule because "overdue", missed periodic editions and the rolling window move with the date alone.
 * A value is published only when it differs from the last one published for its key (remembered in a store), so
 * the compacted topics carry changes, not noise.
 *
 * <p>Most periods of a scope do not change when one of its requests does, so telling "unchanged" must be cheap: the
 * last value published per key is also kept in memory, and a period whose value equals it (and whose fingerprint
 * is still the one in the store) is skipped without writing JSON or hashing. The store stays the truth: after a
 * restart, a rebalance or an aborted transaction the memory is empty or disagrees with it, and the value is
 * fingerprinted as before.
 */
final class IndexPublisher implements Processor<String, ScopeAggregate, String, byte[]> {

    private static final Logger LOG = Logger.getLogger(IndexPublisher.class);

    private final boolean city;
    private final String aggregateStoreName;
    private final String publishedStoreName;
    private final IndexFormula formula;
    private final Clock clock;
    private final Duration reevaluateEvery;

    private ProcessorContext<String, byte[]> context;
    private TimestampedKeyValueStore<String, ScopeAggregate> aggregates;
    private KeyValueStore<String, String> published;
    /** Per output key, the value last published by this processor (computedAt left out) and its fingerprint. */
    private final Map<String, Published> lastPublished = new HashMap<>();

    private record Published(String fingerprint, EventPayload value) {
    }

    IndexPublisher(boolean city, String aggregateStoreName, String publishedStoreName, IndexFormula formula,
            Clock clock, Duration reevaluateEvery) {
        this.city = city;
        this.aggregateStoreName = aggregateStoreName;
        this.publishedStoreName = publishedStoreName;
        this.formula = formula;
        this.clock = clock;
        this.reevaluateEvery = reevaluateEvery;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.aggregates = context.getStateStore(aggregateStoreName);
        this.published = context.getStateStore(publishedStoreName);
        lastPublished.clear();
        context.schedule(reevaluateEvery, PunctuationType.WALL_CLOCK_TIME, this::reevaluateAll);
    }

    @Override
    public void process(Record<String, ScopeAggregate> record) {
        if (record.key() != null && record.value() != null) {
            publish(record.key(), record.value(), record.timestamp());
        }
    }

    private void reevaluateAll(long timestamp) {
        int scopes = 0;
        try (KeyValueIterator<String, ValueAndTimestamp<ScopeAggregate>> all = aggregates.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<ScopeAggregate>> entry = all.next();
                if (entry.value != null && entry.value.value() != null) {
                    publish(entry.key, entry.value.value(), timestamp);
                    scopes++;
                }
            }
        }
        LOG.debugf("Re-evaluated %d %s aggregate(s)", scopes, city ? "city" : "OPD");
    }

    private void publish(String scopeKey, ScopeAggregate aggregate, long timestamp) {
        Instant now = clock.instant();
        LocalDate today = LegalTime.toLegalDate(now);
        for (PeriodIndex index : PeriodIndex.all(aggregate, today, formula)) {
            // The value without the time it was computed at: what "changed" means.
            EventPayload value = city ? cityPayload(index, Instant.EPOCH) : opdPayload(scopeKey, index, Instant.EPOCH);
            String key = value.key();
            String stored = published.get(key);
            Published last = lastPublished.get(key);
            if (last != null && last.fingerprint().equals(stored) && last.value().equals(value)) {
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

    static OpdIndexUpdated opdPayload(String opdCode, PeriodIndex index, Instant computedAt) {
        return new OpdIndexUpdated(opdCode, index.measures().period(), index.index().score(), index.index().band(),
                index.index().enoughData(), index.index().components(), index.measures().measures(), computedAt);
    }

    static CityIndexUpdated cityPayload(PeriodIndex index, Instant computedAt) {
        return new CityIndexUpdated(index.measures().period(), index.index().score(), index.index().band(),
                index.index().enoughData(), index.index().components(), index.measures().measures(),
                index.measures().opdCount(), computedAt);
    }

    private static String fingerprint(EventPayload payload) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(EventJson.writeString(payload).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
