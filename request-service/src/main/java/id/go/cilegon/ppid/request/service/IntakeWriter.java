package id.go.cilegon.ppid.request.service;

import id.go.cilegon.ppid.kit.retry.TransientFailures;
import id.go.cilegon.ppid.request.config.IntakeConfig;
import id.go.cilegon.ppid.request.service.IntakeService.Intake;
import id.go.cilegon.ppid.request.service.IntakeService.Submission;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Group commit for intake. Callers hand their submission to a queue and wait; a few writer threads each take
 * what is waiting (up to {@code ppid.intake.max-batch}) and register it in one transaction, which advances the
 * registration counter once and commits once. A lone submission is written at once, and under load the batches
 * grow by themselves, so the counter's lock is held once per batch instead of once per request.
 *
 * <p>Callers no longer hold a pooled connection while they wait, so a burst queues here instead of exhausting the
 * pool. When even the queue is full the caller is told to come back ({@link IntakeBusyException}, 503).
 *
 * <p>Failures stay per submission: when a batch fails because the database is unavailable, every submission in it
 * gets that error (nothing was written, a retry is safe); any other failure rolls the batch back and each
 * submission is written again alone, so one bad submission never costs the others their registration.
 */
@ApplicationScoped
public class IntakeWriter {

    private static final Logger LOG = Logger.getLogger(IntakeWriter.class);

    @Inject
    IntakeService intake;

    @Inject
    IntakeConfig config;

    @Inject
    MeterRegistry metrics;

    private BlockingQueue<Pending> queue;
    private DistributionSummary batchSizes;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running;

    /** A submission and the caller waiting for its outcome. */
    record Pending(Submission submission, CompletableFuture<Intake> outcome) {

        Pending(Submission submission) {
            this(submission, new CompletableFuture<>());
        }

        /** Two submissions with the same key must not share a batch: the second replays the first, once committed. */
        String key() {
            return submission.idempotencyKey() == null
                    ? null
                    : submission.actor().subject() + "\n" + submission.idempotencyKey();
        }
    }

    void start(@Observes StartupEvent event) {
        queue = new ArrayBlockingQueue<>(config.queueCapacity());
        batchSizes = DistributionSummary.builder("ppid.intake.batch.size")
                .description("Submissions registered per transaction (group commit)")
                .register(metrics);
        Gauge.builder("ppid.intake.queue", queue, BlockingQueue::size)
                .description("Submissions waiting for a writer")
                .register(metrics);
        running = true;
        for (int i = 1; i <= config.writers(); i++) {
            Thread writer = new Thread(this::run, "intake-writer-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        // Not interrupted: a writer finishes the batch in hand (a JDBC call does not stop cleanly midway) and
        // leaves within its one-second poll.
        running = false;
        for (Thread writer : writers) {
            try {
                writer.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // Nothing was written for these; the callers get a 503 and may send the same submission again.
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.outcome().completeExceptionally(new IntakeBusyException("shutting down")));
    }

    /** Registers the submission in the next group commit and returns its outcome once that committed. */
    public Intake write(Submission submission) {
        Pending pending = new Pending(submission);
        if (!running || !queue.offer(pending)) {
            throw new IntakeBusyException(running ? "intake queue full" : "shutting down");
        }
        try {
            // No timeout: once queued the submission will be committed or fail, and the caller must learn which.
            return pending.outcome().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeBusyException("interrupted while waiting");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void run() {
        Deque<Pending> heldBack = new ArrayDeque<>();
        while (running) {
            try {
                List<Pending> batch = nextBatch(heldBack);
                if (!batch.isEmpty()) {
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                LOG.error("Intake writer failed outside a batch", e);
            }
        }
        heldBack.forEach(p -> p.outcome().completeExceptionally(new IntakeBusyException("shutting down")));
    }

    /** What is waiting, oldest first; a repeated Idempotency-Key waits for the next batch. */
    private List<Pending> nextBatch(Deque<Pending> heldBack) throws InterruptedException {
        List<Pending> batch = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int carried = heldBack.size();
        for (int i = 0; i < carried && batch.size() < config.maxBatch(); i++) {
            admit(heldBack.poll(), batch, keys, heldBack);
        }
        if (batch.isEmpty()) {
            Pending first = queue.poll(1, TimeUnit.SECONDS);
            if (first == null) {
                return batch;
            }
            admit(first, batch, keys, heldBack);
        }
        Pending next;
        while (batch.size() < config.maxBatch() && (next = queue.poll()) != null) {
            admit(next, batch, keys, heldBack);
        }
        return batch;
    }

    private static void admit(Pending pending, List<Pending> batch, Set<String> keys, Deque<Pending> heldBack) {
        String key = pending.key();
        if (key != null && !keys.add(key)) {
            heldBack.add(pending);
        } else {
            batch.add(pending);
        }
    }

    /** Registers a batch in one transaction; on failure, as the class comment says. Package-visible for tests. */
    void write(List<Pending> batch) {
        List<Intake> results;
        try {
            results = QuarkusTransaction.requiringNew()
                    .call(() -> intake.register(
                            batch.stream().map(Pending::submission).toList()));
        } catch (RuntimeException e) {
            if (batch.size() == 1 || TransientFailures.isTransient(e)) {
                batch.forEach(p -> p.outcome().completeExceptionally(e));
            } else {
                LOG.warnf("A batch of %d submissions failed (%s); writing each alone", batch.size(), e.getMessage());
                batch.forEach(p -> write(List.of(p)));
            }
            return;
        }
        batchSizes.record(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).outcome().complete(results.get(i));
        }
    }
}
