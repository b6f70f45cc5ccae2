package id.go.cilegon.ppid.notification.messaging;

import id.go.cilegon.ppid.kit.messaging.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Kafka consumers of notification-service, each handed to the service kit's {@link Inbox} and its one failure
 * policy: malformed and rule-breaking events are parked, types a handler does not apply are skipped and counted,
 * transient failures (the database down) are retried in place, anything else is retried a few times and then parked;
 * no channel ever fails. The two busy topics (request and routing events) are consumed in batches, each poll applied
 * in one transaction; the quiet compacted directory and contacts topics carry tombstones and stay one record per
 * transaction. {@code ordered = true} keeps polls, and so each partition's records, in order.
 */
@ApplicationScoped
public class EventConsumers {

    @Inject
    Inbox inbox;

    @Inject
    RequestEventHandler requestEvents;

    @Inject
    RoutingEventHandler routingEvents;

    @Inject
    DirectoryHandler directory;

    @Inject
    ContactHandler contacts;

    @Incoming("request-events")
    @Blocking(ordered = true)
    public void onRequestEvents(ConsumerRecords<String, byte[]> records) {
        inbox.receive("request-events", records, requestEvents);
    }

    @Incoming("routing-events")
    @Blocking(ordered = true)
    public void onRoutingEvents(ConsumerRecords<String, byte[]> records) {
        inbox.receive("routing-events", records, routingEvents);
    }

    @Incoming("directory")
    @Blocking(ordered = true)
    public void onDirectory(ConsumerRecord<String, byte[]> record) {
        inbox.receive("directory", record, directory);
    }

    @Incoming("applicant-contacts")
    @Blocking(ordered = true)
    public void onContact(ConsumerRecord<String, byte[]> record) {
        inbox.receive("applicant-contacts", record, contacts);
    }
}
