package id.go.cilegon.ppid.routing.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Kafka consumers of routing-service, in batch mode: each poll (at most {@code max.poll.records}) is applied
 * in one transaction by {@link BatchConsumer}. An event that is malformed or breaks a rule is parked on the
 * dead-letter topic with the reason and the consumer moves on; any other failure (the database is down) fails
 * the channel, so the poll is redelivered after a restart instead of being parked. {@code ordered = true} keeps
 * polls, and so each partition's records, in order.
 */
@ApplicationScoped
public class EventConsumers {

    @Inject
    RequestEventHandler requests;

    @Inject
    OpdEventHandler opdEvents;

    @Inject
    BatchConsumer batches;

    @Incoming("request-events")
    @Blocking(ordered = true)
    public void onRequestEvents(ConsumerRecords<String, byte[]> records) {
        batches.consumeEvents(records, requests::apply);
    }

    @Incoming("opd-events")
    @Blocking(ordered = true)
    public void onOpdEvents(ConsumerRecords<String, byte[]> records) {
        batches.consumeEvents(records, opdEvents::apply);
    }
}
