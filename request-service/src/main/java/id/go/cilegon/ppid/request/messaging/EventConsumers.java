package id.go.cilegon.ppid.request.messaging;

import id.go.cilegon.ppid.kit.messaging.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Kafka consumers of request-service, each handed to the service kit's {@link Inbox} and its one failure policy:
 * malformed and rule-breaking events are parked, types a handler does not apply are skipped and counted, transient
 * failures are retried in place, anything else is retried a few times and then parked; no channel ever fails.
 * Routing events come in batches (one poll, at most {@code max.poll.records}) applied in one transaction, so a burst
 * of submissions costs one commit per poll. {@code ordered = true} keeps polls, and so each partition's records, in
 * order.
 */
@ApplicationScoped
public class EventConsumers {

    @Inject
    Inbox inbox;

    @Inject
    AssignmentHandler assignments;

    @Inject
    OpdDecisionHandler opdDecisions;

    @Inject
    NoticeDeliveryHandler noticeDeliveries;

    @Incoming("routing-events")
    @Blocking(ordered = true)
    public void onRoutingEvents(ConsumerRecords<String, byte[]> records) {
        inbox.receive("routing-events", records, assignments);
    }

    @Incoming("opd-events")
    @Blocking(ordered = true)
    public void onOpdEvent(ConsumerRecord<String, byte[]> record) {
        inbox.receive("opd-events", record, opdDecisions);
    }

    @Incoming("sla-events")
    @Blocking(ordered = true)
    public void onSlaEvent(ConsumerRecord<String, byte[]> record) {
        inbox.receive("sla-events", record, noticeDeliveries);
    }
}
