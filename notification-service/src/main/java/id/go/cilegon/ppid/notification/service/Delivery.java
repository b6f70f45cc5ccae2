package id.go.cilegon.ppid.notification.service;

import id.go.cilegon.ppid.contracts.common.WrittenNotice;
import id.go.cilegon.ppid.contracts.sla.Channel;
import id.go.cilegon.ppid.contracts.sla.NoticeDelivered;
import id.go.cilegon.ppid.contracts.sla.NotificationFailed;
import id.go.cilegon.ppid.contracts.sla.Recipient;
import id.go.cilegon.ppid.kit.outbox.Outbox;
import id.go.cilegon.ppid.notification.config.NotificationConfig;
import id.go.cilegon.ppid.notification.delivery.DeliveryException;
import id.go.cilegon.ppid.notification.delivery.EmailSender;
import id.go.cilegon.ppid.notification.delivery.UndeliverableException;
import id.go.cilegon.ppid.notification.delivery.WebhookSender;
import id.go.cilegon.ppid.notification.domain.Notification;
import id.go.cilegon.ppid.notification.messaging.EventSequences;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Delivers the notification table's due messages, one per transaction: the row is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so two replicas never send the same message, and marked SENT in the same
 * transaction. A failure is retried with exponential backoff; after the last try the message is FAILED, a
 * {@code notification.failed} event is raised (outbox), and an operator may retry it. The applicant's e-mail with a
 * written notice raises {@code notification.notice-delivered} once sent.
 */
@ApplicationScoped
public class Delivery {

    private static final Logger LOG = Logger.getLogger(Delivery.class);

    /** What happened to one message in this pass. */
    public enum Outcome {
        SENT,
        RETRY,
        FAILED,
        SKIPPED
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NotificationConfig config;

    @Inject
    EmailSender email;

    @Inject
    WebhookSender webhooks;

    @Inject
    Outbox outbox;

    @Inject
    EventSequences sequences;

    @Inject
    MeterRegistry metrics;

    /** The counter of each outcome, looked up once instead of once per message. */
    private final Map<Outcome, Counter> counters = new ConcurrentHashMap<>();

    /** Delivers every message due now (up to the batch size); returns how many were attempted. */
    public int deliverDue() {
        int attempted = 0;
        while (attempted < config.delivery().batchSize()) {
            Outcome outcome = QuarkusTransaction.requiringNew().call(this::deliverNext);
            if (outcome == null) {
                break;
            }
            counters.computeIfAbsent(
                            outcome,
                            o -> metrics.counter(
                                    "ppid.notification.delivery",
                                    "outcome",
                                    o.name().toLowerCase(Locale.ROOT)))
                    .increment();
            attempted++;
        }
        return attempted;
    }

    private Outcome deliverNext() {
        Instant now = clock.instant();
        // Claimed and loaded by one statement (it used to be a claim of the id, then a load by id: two round trips
        // per message). The row lock is the claim; the loaded entity is managed, so its changes are written at commit.
        @SuppressWarnings("unchecked")
        List<Notification> claimed = em.createNativeQuery("""
                select * from notification where status = 'PENDING' and next_attempt_at <= ?1
                order by next_attempt_at, created_at limit 1 for update skip locked""", Notification.class)
                .setParameter(1, now)
                .getResultList();
        if (claimed.isEmpty()) {
            return null;
        }
        Notification message = claimed.get(0);
        message.attempts++;
        try {
            switch (message.channel) {
                case EMAIL -> email.send(message);
                case WEBHOOK -> webhooks.send(message, now);
                default -> throw new UndeliverableException("unknown channel " + message.channel);
            }
            message.status = Notification.Status.SENT;
            message.sentAt = now;
            message.lastError = null;
            announceNotice(message, now);
            LOG.infof(
                    "Request %s: %s sent to %s by %s (attempt %d)",
                    message.requestId, message.kind, message.recipient, message.channel, message.attempts);
            return Outcome.SENT;
        } catch (UndeliverableException e) {
            message.status = Notification.Status.SKIPPED;
            message.lastError = Redaction.scrub(e.getMessage(), 1000);
            LOG.warnf(
                    "Request %s: %s to %s not sent: %s",
                    message.requestId, message.kind, message.recipient, message.lastError);
            return Outcome.SKIPPED;
        } catch (DeliveryException | RuntimeException e) {
            message.lastError = Redaction.scrub(describe(e), 1000);
            if (message.attempts >= config.delivery().maxAttempts()) {
                message.status = Notification.Status.FAILED;
                message.failedAt = now;
                outbox.append(
                        new NotificationFailed(
                                message.requestId,
                                sequences.next(message.requestId),
                                message.id,
                                message.kind,
                                message.channel,
                                message.recipient,
                                message.attempts,
                                message.lastError,
                                now),
                        now);
                LOG.errorf(
                        "Request %s: %s to %s by %s failed after %d attempts: %s",
                        message.requestId,
                        message.kind,
                        message.recipient,
                        message.channel,
                        message.attempts,
                        message.lastError);
                return Outcome.FAILED;
            }
            message.nextAttemptAt = now.plus(backoff(message.attempts));
            LOG.warnf(
                    "Request %s: %s to %s by %s failed (attempt %d), next try at %s: %s",
                    message.requestId,
                    message.kind,
                    message.recipient,
                    message.channel,
                    message.attempts,
                    message.nextAttemptAt,
                    message.lastError);
            return Outcome.RETRY;
        }
    }

    /**
     * The applicant's e-mail with a written notice reached their mail server: request-service counts the applicant's
     * next window from today (Pasal 35, 37(2)). In the message's own transaction, so it is said exactly once.
     */
    private void announceNotice(Notification message, Instant now) {
        if (message.recipient != Recipient.APPLICANT || message.channel != Channel.EMAIL) {
            return;
        }
        WrittenNotice notice = switch (message.kind) {
            case "request-decided" -> WrittenNotice.DECISION;
            case "objection-decided" -> WrittenNotice.OBJECTION_ANSWER;
            default -> null;
        };
        if (notice == null) {
            return;
        }
        // Messages written before notices were numbered are of the first decision or objection.
        String number = message.data.get(notice == WrittenNotice.DECISION ? "decisionNumber" : "objectionNumber");
        outbox.append(
                new NoticeDelivered(
                        message.requestId,
                        sequences.next(message.requestId),
                        message.id,
                        notice,
                        number == null ? 1 : Integer.parseInt(number),
                        message.channel,
                        now),
                now);
    }

    /** The wait after {@code attempts} failures: the initial backoff, doubled each time, capped. */
    Duration backoff(int attempts) {
        Duration wait = config.delivery().initialBackoff();
        for (int i = 1; i < attempts && wait.compareTo(config.delivery().maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.delivery().maxBackoff()) > 0
                ? config.delivery().maxBackoff()
                : wait;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        if ((message == null || message.isBlank()) && e.getCause() != null) {
            message = e.getCause().getMessage();
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
