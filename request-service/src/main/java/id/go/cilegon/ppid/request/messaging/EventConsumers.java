package id.go.cilegon.ppid.request.messaging;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.InvalidEventException;
import id.go.cilegon.ppid.kit.messaging.DeadLetters;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import id.go.cilegon.ppid.request.domain.LifecycleException;
import id.go.cilegon.ppid.request.service.AccessDeniedException;
import id.go.cilegon.ppid.request.service.RequestNotFoundException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Kafka consumers of request-service. An event that is malformed or breaks a rule is parked on
 * the dead-letter topic with the reason and the consumer moves on. A transient infrastructure failure
 * (no pooled connection, the database restarting, a lock timeout) is retried in place with backoff by
 * {@link ConsumerRetries}, as often as needed: the event is valid, so it is never parked for it, and the
 * channel keeps its place. Any other failure (a bug) fails the channel, so the event is redelivered after
 * a restart instead of being parked. {@link ProcessedEvents} makes a retry after a lost commit harmless.
 *
 * <p>Routing events come in batches (one per poll, at most {@code max.poll.records}) applied in one transaction,
 * so a burst of submissions costs one commit per poll instead of one per event. A batch in which one event breaks
 * a rule is rolled back and applied again one event per transaction, so only that event is parked; the batch is
 * acknowledged only after its effects are committed.
 */
@ApplicationScoped
public class EventConsumers {

    @Inject
    EntityManager em;

    @Inject
    AssignmentHandler assignments;

    @Inject
    OpdDecisionHandler opdDecisions;

    @Inject
    NoticeDeliveryHandler noticeDeliveries;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ConsumerRetries retries;

    @Incoming("routing-events")
    @Blocking(ordered = true)
    public void onRoutingEvents(ConsumerRecords<String, byte[]> records) {
        handleBatch("routing-events", records, assignments::apply);
    }

    @Incoming("opd-events")
    @Blocking(ordered = true)
    public void onOpdEvent(ConsumerRecord<String, byte[]> record) {
        handle("opd-events", record, opdDecisions::apply);
    }

    @Incoming("sla-events")
    @Blocking(ordered = true)
    public void onSlaEvent(ConsumerRecord<String, byte[]> record) {
        handle("sla-events", record, noticeDeliveries::apply);
    }

    private void handleBatch(String channel, ConsumerRecords<String, byte[]> records,
            Consumer<ConsumedEvent> handler) {
        List<ConsumerRecord<String, byte[]>> valid = new ArrayList<>(records.count());
        List<ConsumedEvent> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(ConsumedEvent.of(record));
                valid.add(record);
            } catch (InvalidEventException e) {
                deadLetters.park(record, CloudEventHeaders.DLQ_REASON_INVALID_EVENT, e);
            }
        }
        if (events.size() == 1) {
            apply(channel, valid.get(0), events.get(0), handler);
            return;
        }
        if (events.isEmpty()) {
            return;
        }
        try {
            retries.untilDone(channel, () -> QuarkusTransaction.requiringNew().run(() -> events.forEach(event -> {
                handler.accept(event);
                // Each event's writes go out now and the session forgets its entities; otherwise every later
                // event's flush dirty-checks every entity of the batch so far (quadratic in the batch size).
                // A later event of the same request reads its rows again, as it would in its own transaction.
                em.flush();
                em.clear();
            })));
        } catch (RuntimeException batchFailed) {
            if (parkReason(batchFailed) == null) {
                throw batchFailed;
            }
            // One event broke a rule and the whole batch was rolled back: apply each alone, so only it is parked.
            for (int i = 0; i < events.size(); i++) {
                apply(channel, valid.get(i), events.get(i), handler);
            }
        }
    }

    private void handle(String channel, ConsumerRecord<String, byte[]> record, Consumer<ConsumedEvent> handler) {
        ConsumedEvent event;
        try {
            event = ConsumedEvent.of(record);
        } catch (InvalidEventException e) {
            deadLetters.park(record, CloudEventHeaders.DLQ_REASON_INVALID_EVENT, e);
            return;
        }
        apply(channel, record, event, handler);
    }

    /** One event in a transaction of its own (the handler's): a rule it breaks parks it, anything else is thrown. */
    private void apply(String channel, ConsumerRecord<String, byte[]> record, ConsumedEvent event,
            Consumer<ConsumedEvent> handler) {
        try {
            retries.untilDone(channel, () -> handler.accept(event));
        } catch (RuntimeException e) {
            String reason = parkReason(e);
            if (reason == null) {
                throw e;
            }
            deadLetters.park(record, reason, e);
        }
    }

    /** The dead-letter reason when the event itself is wrong; null for a failure of the infrastructure or a bug. */
    private static String parkReason(RuntimeException e) {
        if (e instanceof InvalidEventException || e instanceof InvalidInputException) {
            return CloudEventHeaders.DLQ_REASON_INVALID_EVENT;
        }
        if (e instanceof EventRejectedException || e instanceof LifecycleException
                || e instanceof AccessDeniedException || e instanceof RequestNotFoundException) {
            return CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED;
        }
        return null;
    }
}
