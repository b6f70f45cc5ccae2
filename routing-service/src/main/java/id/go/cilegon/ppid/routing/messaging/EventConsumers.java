package id.go.cilegon.ppid.routing.messaging;

import id.go.cilegon.ppid.kit.messaging.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Kafka consumers of routing-service, in batch mode: each poll (at most {@code ppid.consumer.batch-size}) is
 * applied in one transaction by the service kit's {@link Inbox}, under its one failure policy: malformed and
 * rule-breaking events are parked, types a handler does not apply are skipped and counted, transient failures (the
 * database down) are retried in place, anything else is retried a few times and then parked; no channel ever fails.
 * {@code ordered = true} keeps polls, and so each partition's records, in order.
 */
@ApplicationScoped
public class EventConsumers {

    @Inject
    Inbox inbox;

    @Inject
    RequestEventHandler requests;

    @Inject
    OpdEventHandler opdEvents;

    @Inject
    RequestTextsHandler texts;

    @Incoming("request-events")
    @Blocking(ordered = true)
    public void onRequestEvents(ConsumerRecords<String, byte[]> records) {
        inbox.receive("request-events", records, requests);
    }

    @Incoming("request-texts")
    @Blocking(ordered = true)
    public void onRequestTexts(ConsumerRecords<String, byte[]> records) {
        inbox.receive("request-texts", records, texts);
    }

    @Incoming("opd-events")
    @Blocking(ordered = true)
    public void onOpdEvents(ConsumerRecords<String, byte[]> records) {
        inbox.receive("opd-events", records, opdEvents);
    }
}
