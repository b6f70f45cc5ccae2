package id.go.cilegon.ppid.notification.messaging;

import id.go.cilegon.ppid.calendar.MissingCalendarDataException;
import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.InvalidEventException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The Kafka consumers of notification-service. An event that is malformed or cannot be applied is parked on the
 * dead-letter topic with the reason and the consumer moves on; any other failure (the database is down) fails the
 * channel, so the event is redelivered after a restart instead of being parked.
 */
@ApplicationScoped
public class EventConsumers {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);

    @Inject
    RequestEventHandler requestEvents;

    @Inject
    RoutingEventHandler routingEvents;

    @Inject
    DirectoryHandler directory;

    @Inject
    ContactHandler contacts;

    @Inject
    DeadLetters deadLetters;

    @Incoming("request-events")
    @Blocking(ordered = true)
    public void onRequestEvent(ConsumerRecord<String, byte[]> record) {
        handleEvent(record, requestEvents::apply);
    }

    @Incoming("routing-events")
    @Blocking(ordered = true)
    public void onRoutingEvent(ConsumerRecord<String, byte[]> record) {
        handleEvent(record, routingEvents::apply);
    }

    @Incoming("directory")
    @Blocking(ordered = true)
    public void onDirectory(ConsumerRecord<String, byte[]> record) {
        handle(record, directory::apply);
    }

    @Incoming("applicant-contacts")
    @Blocking(ordered = true)
    public void onContact(ConsumerRecord<String, byte[]> record) {
        handle(record, contacts::apply);
    }

    private void handleEvent(ConsumerRecord<String, byte[]> record, Consumer<ConsumedEvent> handler) {
        ConsumedEvent event;
        try {
            event = ConsumedEvent.of(record);
        } catch (InvalidEventException e) {
            deadLetters.park(record, CloudEventHeaders.DLQ_REASON_INVALID_EVENT, e);
            return;
        }
        handle(record, r -> handler.accept(event));
    }

    private void handle(ConsumerRecord<String, byte[]> record, Consumer<ConsumerRecord<String, byte[]>> handler) {
        try {
            handler.accept(record);
        } catch (InvalidEventException e) {
            deadLetters.park(record, CloudEventHeaders.DLQ_REASON_INVALID_EVENT, e);
        } catch (EventRejectedException e) {
            deadLetters.park(record, CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED, e);
        } catch (MissingCalendarDataException e) {
            // Never guessed and never silent: park it with the year to load; replay it from the DLQ afterwards.
            LOG.errorf("Event at %s[%d]@%d needs calendar data for %d: %s", record.topic(), record.partition(),
                    record.offset(), e.year(), e.getMessage());
            deadLetters.park(record, CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED, e);
        }
    }
}
