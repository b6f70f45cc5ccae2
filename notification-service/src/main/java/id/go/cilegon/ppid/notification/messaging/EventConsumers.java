package id.go.cilegon.ppid.notification.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Kafka consumers of notification-service. The two busy topics (request and routing events) are consumed in
 * batches: each poll (at most {@code max.poll.records}) is applied in one transaction by {@link BatchConsumer}. The
 * compacted directory and contacts topics are quiet and carry tombstones, so they stay one record per transaction.
 * An event that is malformed or cannot be applied is parked on the dead-letter topic with the reason and the
 * consumer moves on; any other failure (the database is down) fails the channel, so the event is redelivered after
 * a restart instead of being parked. {@code ordered = true} keeps polls, and so each partition's records, in order.
 */
@ApplicationScoped
public class EventConsumers {

    @Inject
    RequestEventHandler requestEvents;

    @Inject
    RoutingEventHandler routingEvents;

    @Inject
    DirectoryHandler directory;

    @Inject
    ContactHandler contacts;

    @Inject
    BatchConsumer batches;

    @Incoming("request-events")
    @Blocking(ordered = true)
    public void onRequestEvents(ConsumerRecords<String, byte[]> records) {
        batches.consumeEvents(records, requestEvents::apply);
    }

    @Incoming("routing-events")
    @Blocking(ordered = true)
    public void onRoutingEvents(ConsumerRecords<String, byte[]> records) {
        batches.consumeEvents(records, routingEvents::apply);
    }

    @Incoming("directory")
    @Blocking(ordered = true)
    public void onDirectory(ConsumerRecord<String, byte[]> record) {
        batches.applyAlone(record, record, directory::apply);
    }

    @Incoming("applicant-contacts")
    @Blocking(ordered = true)
    public void onContact(ConsumerRecord<String, byte[]> record) {
        batches.applyAlone(record, record, contacts::apply);
    }
}
