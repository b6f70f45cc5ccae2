package id.go.cilegon.ppid.request.messaging;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.InvalidEventException;
import id.go.cilegon.ppid.request.domain.InvalidInputException;
import id.go.cilegon.ppid.request.domain.LifecycleException;
import id.go.cilegon.ppid.request.service.AccessDeniedException;
import id.go.cilegon.ppid.request.service.RequestNotFoundException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Kafka consumers of request-service. An event that is malformed or breaks a rule is parked on
 * the dead-letter topic with the reason and the consumer moves on. A transient infrastructure failure
 * (no pooled connection, the database restarting, a lock timeout) is retried in place with backoff by
 * {@link ConsumerRetries}, as often as needed: the event is valid, so it is never parked for it, and the
 * channel keeps its place. Any other failure (a bug) fails the channel, so the event is redelivered after
 * a restart instead of being parked. {@link ProcessedEvents} makes a retry after a lost commit harmless.
 */
@ApplicationScoped
public class EventConsumers {

    @Inject
    AssignmentHandler assignments;

    @Inject
    OpdDecisionHandler opdDecisions;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ConsumerRetries retries;

    @Incoming("routing-events")
    @Blocking(ordered = true)
    public void onRoutingEvent(ConsumerRecord<String, byte[]> record) {
        handle("routing-events", record, assignments::apply);
    }

    @Incoming("opd-events")
    @Blocking(ordered = true)
    public void onOpdEvent(ConsumerRecord<String, byte[]> record) {
        handle("opd-events", record, opdDecisions::apply);
    }

    private void handle(String channel, ConsumerRecord<String, byte[]> record, Consumer<ConsumedEvent> handler) {
        ConsumedEvent event;
        try {
            event = ConsumedEvent.of(record);
        } catch (InvalidEventException e) {
            deadLetters.park(record, CloudEventHeaders.DLQ_REASON_INVALID_EVENT, e);
            return;
        }
        try {
            retries.untilDone(channel, () -> handler.accept(event));
        } catch (InvalidEventException | InvalidInputException e) {
            deadLetters.park(record, CloudEventHeaders.DLQ_REASON_INVALID_EVENT, e);
        } catch (EventRejectedException | LifecycleException | AccessDeniedException | RequestNotFoundException e) {
            deadLetters.park(record, CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED, e);
        }
    }
}
