package id.go.cilegon.ppid.routing.messaging;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.InvalidEventException;
import id.go.cilegon.ppid.routing.domain.BilingualException;
import id.go.cilegon.ppid.routing.domain.InvalidInputException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Kafka consumers of routing-service. An event that is malformed or breaks a rule is parked on the
 * dead-letter topic with the reason and the consumer moves on; any other failure (the database is down) fails
 * the channel, so the event is redelivered after a restart instead of being parked.
 */
@ApplicationScoped
public class EventConsumers {

    @Inject
    RequestEventHandler requests;

    @Inject
    OpdEventHandler opdEvents;

    @Inject
    DeadLetters deadLetters;

    @Incoming("request-events")
    @Blocking(ordered = true)
    public void onRequestEvent(ConsumerRecord<String, byte[]> record) {
        handle(record, requests::apply);
    }

    @Incoming("opd-events")
    @Blocking(ordered = true)
    public void onOpdEvent(ConsumerRecord<String, byte[]> record) {
        handle(record, opdEvents::apply);
    }

    private void handle(ConsumerRecord<String, byte[]> record, Consumer<ConsumedEvent> handler) {
        ConsumedEvent event;
        try {
            event = ConsumedEvent.of(record);
        } catch (InvalidEventException e) {
            deadLetters.park(record, CloudEventHeaders.DLQ_REASON_INVALID_EVENT, e);
            return;
        }
        try {
            handler.accept(event);
        } catch (InvalidEventException | InvalidInputException e) {
            deadLetters.park(record, CloudEventHeaders.DLQ_REASON_INVALID_EVENT, e);
        } catch (EventRejectedException | BilingualException e) {
            deadLetters.park(record, CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED, e);
        }
    }
}
