package id.go.cilegon.ppid.routing.messaging;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.InvalidEventException;
import id.go.cilegon.ppid.kit.messaging.DeadLetters;
import id.go.cilegon.ppid.kit.problem.BilingualException;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies the events of one poll in one transaction (one commit instead of one per event), with each event's
 * processed-event record in that same transaction. A record whose envelope is malformed is parked and skipped.
 * When one event of the batch breaks a rule, the batch is rolled back and applied again one event per transaction,
 * exactly as a single record is, so only that event is parked and every other one is applied once; a batch that
 * fails otherwise (a deadlock between two batches) is applied one event per transaction too. A failure of a single
 * event that is not a broken rule (the database is down) is thrown: the channel fails and nothing of the poll is
 * acknowledged.
 * (notification-service has the same class; a shared service kit would hold one.)
 */
@ApplicationScoped
public class BatchConsumer {

    private static final Logger LOG = Logger.getLogger(BatchConsumer.class);

    @Inject
    DeadLetters deadLetters;

    @Inject
    EntityManager em;

    /** Consumes CloudEvents of one poll, in their order (per partition, by offset). */
    public void consumeEvents(Iterable<ConsumerRecord<String, byte[]>> records, Consumer<ConsumedEvent> handler) {
        List<ConsumerRecord<String, byte[]>> valid = new ArrayList<>();
        List<ConsumedEvent> events = new ArrayList<>();
        List<ConsumerRecord<String, byte[]>> malformed = new ArrayList<>();
        List<InvalidEventException> errors = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(ConsumedEvent.of(record));
                valid.add(record);
            } catch (InvalidEventException e) {
                malformed.add(record);
                errors.add(e);
            }
        }
        if (events.size() == 1) {
            applyAlone(valid.get(0), events.get(0), handler);
        } else if (!events.isEmpty()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> events.forEach(event -> {
                    handler.accept(event);
                    // Each event's writes go out now and the session forgets its entities; otherwise every later
                    // event's flush dirty-checks every entity of the batch so far (quadratic in the batch size).
                    // A later event of the same request reads its rows again, as it would in its own transaction.
                    em.flush();
                    em.clear();
                }));
            } catch (RuntimeException e) {
                // A rule one event breaks, or a failure of the batch as a whole: a deadlock with another consumer's
                // batch (each locks several requests), a timeout. One event per transaction sorts out which: the
                // bad event is parked, and a database that is really down fails again on the first event, which
                // fails the channel as before.
                if (parkReason(e) != null) {
                    LOG.infof("A batch of %d events from %s holds one that cannot be applied (%s); applying them "
                            + "one by one", events.size(), valid.get(0).topic(), e.getMessage());
                } else {
                    LOG.warnf(e, "A batch of %d events from %s failed; applying them one by one", events.size(),
                            valid.get(0).topic());
                }
                for (int i = 0; i < events.size(); i++) {
                    applyAlone(valid.get(i), events.get(i), handler);
                }
            }
        }
        // Parked after the batch committed, so a batch that fails on the database does not park them twice.
        for (int i = 0; i < malformed.size(); i++) {
            deadLetters.park(malformed.get(i), CloudEventHeaders.DLQ_REASON_INVALID_EVENT, errors.get(i));
        }
    }

    /** One event in a transaction of its own (the handler's): a rule it breaks parks it, anything else is thrown. */
    private void applyAlone(ConsumerRecord<String, byte[]> record, ConsumedEvent event,
            Consumer<ConsumedEvent> handler) {
        try {
            handler.accept(event);
        } catch (RuntimeException e) {
            String reason = parkReason(e);
            if (reason == null) {
                throw e;
            }
            deadLetters.park(record, reason, e);
        }
    }

    /** The dead-letter reason for an event that can never be applied; null for a failure worth retrying. */
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
