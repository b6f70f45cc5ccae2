package id.go.cilegon.ppid.kit.messaging;

import id.go.cilegon.ppid.kit.retry.TransientFailures;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Retries a consumed event that failed on a transient infrastructure error (pool exhausted, database
 * restarting, lock timeout), with capped exponential backoff and for as long as it takes: the event is
 * valid, so it is neither parked nor allowed to stop the channel. {@link ConsumersHealthCheck} reports
 * which channels are retrying.
 */
@ApplicationScoped
public class ConsumerRetries {

    private static final Logger LOG = Logger.getLogger(ConsumerRetries.class);

    /** A channel's current run of failures on one event. */
    record Retrying(Instant since, int attempts, String lastError) {}

    private final Map<String, Retrying> retrying = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    @Inject
    ConsumerConfig config;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @Inject
    MeterRegistry metrics;

    /**
     * Runs {@code attempt}; on a retryable failure waits and runs it again, until it succeeds or fails for
     * another reason (thrown to the caller). Interrupted or shutting down: throws, the event is not
     * acknowledged and is redelivered after the restart.
     */
    public void untilDone(String channel, Runnable attempt) {
        untilDone(channel, attempt, TransientFailures::isRetryable);
    }

    /** As {@link #untilDone(String, Runnable)}, retrying the failures {@code retryable} accepts. */
    public void untilDone(String channel, Runnable attempt, Predicate<RuntimeException> retryable) {
        Duration backoff = config.retry().initialBackoff();
        while (true) {
            try {
                attempt.run();
                Retrying ended = retrying.remove(channel);
                if (ended != null) {
                    LOG.infof("Channel %s recovered after %d failed attempts", channel, ended.attempts());
                }
                return;
            } catch (RuntimeException e) {
                if (!retryable.test(e) || stopping) {
                    retrying.remove(channel);
                    throw e;
                }
                Retrying now = retrying.compute(
                        channel,
                        (c, before) -> before == null
                                ? new Retrying(Instant.now(), 1, describe(e))
                                : new Retrying(before.since(), before.attempts() + 1, describe(e)));
                metrics.counter("ppid.consumer.transient.failures", "service", service, "channel", channel)
                        .increment();
                LOG.warnf(
                        "Channel %s: transient failure (attempt %d), retrying in %s: %s",
                        channel, now.attempts(), backoff, describe(e));
                pause(backoff);
                backoff = min(backoff.multipliedBy(2), config.retry().maxBackoff());
            }
        }
    }

    /** The channels retrying an event now: when they started, how many attempts failed, the last error. */
    Map<String, Retrying> retrying() {
        return Map.copyOf(retrying);
    }

    /** How long a channel may retry before the {@code consumers} wellness check reports it DOWN. */
    Duration reportAfter() {
        return config.reportAfter();
    }

    /** True while {@code channel} is retrying an event. */
    public boolean isRetrying(String channel) {
        return retrying.containsKey(channel);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Waits {@code backoff}, or less when the service stops. */
    void pause(Duration backoff) {
        long until = System.nanoTime() + backoff.toNanos();
        try {
            // Wakes up early on shutdown, so a stopping pod does not wait out a long backoff.
            while (!stopping && System.nanoTime() < until) {
                Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry an event", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
