package id.go.cilegon.ppid.kit.messaging;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.InvalidEventException;
import id.go.cilegon.ppid.kit.problem.BilingualException;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import id.go.cilegon.ppid.kit.retry.TransientFailures;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Every consumer of every service receives its records here, with one failure policy, so that no record and no
 * outage can stop a channel or loop a pod:
 * <ul>
 * <li>a record that is not a CloudEvent, or has no value where the topic has no tombstones, is parked on the
 * dead-letter topic ({@code invalid-event});</li>
 * <li>an event type the handler does not apply is skipped and counted ({@code ppid_consumer_skipped_total}), never
 * parked: a producer may publish a new type before every consumer knows it;</li>
 * <li>an event that breaks a rule ({@link EventRejectedException}, an invalid payload, a bilingual refusal of the
 * service) is parked with the reason;</li>
 * <li>a transient infrastructure failure (the database down or restarting, the pool exhausted, a lock timeout, a
 * deadlock) is retried in place with backoff for as long as it takes ({@link ConsumerRetries}): the event is valid,
 * it is never parked for it, and the channel keeps its place;</li>
 * <li>any other exception (a bug, an event the code did not foresee) is tried {@code ppid.consumer.max-attempts}
 * times, then parked with the exception's class and message ({@code processing-failed}).</li>
 * </ul>
 * The events of one poll are applied in one transaction (one commit instead of one per event). When that fails for
 * any reason but a transient one, the poll is applied again one event per transaction, so only the event at fault is
 * parked and every other one is applied once. The handler records each event in {@link ProcessedEvents} in the same
 * transaction, so a redelivery after a lost offset commit changes nothing. The poll is acknowledged only when every
 * record of it was applied, skipped or parked.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    @Inject
    DeadLetters deadLetters;

    @Inject
    ConsumerRetries retries;

    @Inject
    ConsumerConfig config;

    @Inject
    MeterRegistry metrics;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /** A record that reached the handler's turn: its envelope is readable and its type is the handler's. */
    private record Accepted(ConsumerRecord<String, byte[]> record, ConsumedEvent event) {}

    /** Receives the records of one poll (or one record), in their order (per partition, by offset). */
    public void receive(String channel, Iterable<ConsumerRecord<String, byte[]>> records, EventHandler handler) {
        List<Accepted> accepted = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            ConsumedEvent event = read(channel, record, handler);
            if (event != null) {
                accepted.add(new Accepted(record, event));
            }
        }
        if (accepted.size() == 1) {
            applyAlone(channel, accepted.get(0), handler);
        } else if (!accepted.isEmpty()) {
            applyTogether(channel, accepted, handler);
        }
    }

    /** Receives a single record. */
    public void receive(String channel, ConsumerRecord<String, byte[]> record, EventHandler handler) {
        receive(channel, List.of(record), handler);
    }

    /** The record as an event for the handler; null when it was parked (malformed) or skipped (not its type). */
    private ConsumedEvent read(String channel, ConsumerRecord<String, byte[]> record, EventHandler handler) {
        if (record.value() == null) {
            if (handler.acceptsTombstones()) {
                return ConsumedEvent.tombstone(record);
            }
            park(
                    channel,
                    record,
                    CloudEventHeaders.DLQ_REASON_INVALID_EVENT,
                    new InvalidEventException("a record without a value on a topic without tombstones"));
            return null;
        }
        ConsumedEvent event;
        try {
            event = ConsumedEvent.of(record);
        } catch (InvalidEventException e) {
            park(channel, record, CloudEventHeaders.DLQ_REASON_INVALID_EVENT, e);
            return null;
        }
        // A superseded type is applied as its successor (EventTypes.SUPERSEDED): a replay still reads old records.
        if (!handler.types().contains(EventCatalog.currentType(event.type()))) {
            metrics.counter("ppid.consumer.skipped", "service", service, "channel", channel)
                    .increment();
            LOG.debugf(
                    "Channel %s skipped %s[%d]@%d: event type %s is not one it applies",
                    channel, record.topic(), record.partition(), record.offset(), event.type());
            return null;
        }
        return event;
    }

    private void applyTogether(String channel, List<Accepted> accepted, EventHandler handler) {
        try {
            retries.untilDone(
                    channel,
                    () -> QuarkusTransaction.requiringNew().run(() -> {
                        for (Accepted one : accepted) {
                            handler.apply(one.event());
                            // Each event's writes go out now and the session forgets its entities; otherwise every
                            // later
                            // event's flush dirty-checks every entity of the batch so far (quadratic in the batch
                            // size).
                            // A later event of the same key reads its rows again, as it would in its own transaction.
                            em.flush();
                            em.clear();
                        }
                    }));
        } catch (RuntimeException e) {
            if (TransientFailures.isRetryable(e)) {
                throw e; // the service stops while the database is out: the poll is redelivered after the restart
            }
            if (parkReason(e) != null) {
                LOG.infof(
                        "Channel %s: a poll of %d events holds one that cannot be applied (%s); applying them "
                                + "one by one",
                        channel, accepted.size(), e.getMessage());
            } else {
                LOG.warnf(
                        e,
                        "Channel %s: a poll of %d events failed; applying them one by one",
                        channel,
                        accepted.size());
            }
            accepted.forEach(one -> applyAlone(channel, one, handler));
        }
    }

    /** One event in a transaction of its own, under the whole failure policy. */
    private void applyAlone(String channel, Accepted one, EventHandler handler) {
        Duration backoff = config.retry().initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                retries.untilDone(
                        channel, () -> QuarkusTransaction.requiringNew().run(() -> handler.apply(one.event())));
                return;
            } catch (RuntimeException e) {
                if (TransientFailures.isRetryable(e)) {
                    throw e; // the service stops while the database is out: redelivered after the restart
                }
                String reason = parkReason(e);
                if (reason != null) {
                    park(channel, one.record(), reason, e);
                    return;
                }
                if (attempt >= config.maxAttempts()) {
                    LOG.errorf(
                            e,
                            "Channel %s: %s[%d]@%d failed %d times on an unexpected error; parking it",
                            channel,
                            one.record().topic(),
                            one.record().partition(),
                            one.record().offset(),
                            attempt);
                    park(channel, one.record(), CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED, e);
                    return;
                }
                metrics.counter("ppid.consumer.unexpected.failures", "service", service, "channel", channel)
                        .increment();
                LOG.warnf(
                        "Channel %s: unexpected failure of %s[%d]@%d (try %d of %d), retrying in %s: %s",
                        channel,
                        one.record().topic(),
                        one.record().partition(),
                        one.record().offset(),
                        attempt,
                        config.maxAttempts(),
                        backoff,
                        ConsumerRetries.describe(e));
                retries.pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(config.retry().maxBackoff()) < 0
                        ? backoff.multipliedBy(2)
                        : config.retry().maxBackoff();
            }
        }
    }

    /** Parks the record; while the broker cannot take it, tries again in place (the channel must not fail). */
    private void park(String channel, ConsumerRecord<String, byte[]> record, String reason, Throwable error) {
        retries.untilDone(channel, () -> deadLetters.park(record, reason, error), e -> true);
        metrics.counter("ppid.consumer.parked", "service", service, "channel", channel, "reason", reason)
                .increment();
    }

    /** The dead-letter reason when the event itself is wrong; null for a failure of the infrastructure or a bug. */
    static String parkReason(Throwable e) {
        if (e instanceof InvalidEventException || e instanceof InvalidInputException) {
            return CloudEventHeaders.DLQ_REASON_INVALID_EVENT;
        }
        if (e instanceof EventRejectedException || e instanceof BilingualException) {
            return CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED;
        }
        return null;
    }
}
