package id.go.cilegon.ppid.notification.service;

import id.go.cilegon.ppid.notification.config.NotificationConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Background thread that delivers due messages: at once after a transaction wrote new ones, and every poll
 * interval for retries. Several replicas may run it; {@link Delivery} claims each message with SKIP LOCKED.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Object WAKE_UP = new Object();

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    @Inject
    NotificationConfig config;

    @Inject
    Provider<Delivery> delivery;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    void start(@Observes StartupEvent event) {
        if (!config.delivery().workerEnabled()) {
            LOG.info("Delivery worker disabled on this replica (ppid.notification.delivery.worker-enabled=false)");
            return;
        }
        running = true;
        worker = new Thread(this::run, "notification-delivery");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Called after a transaction that wrote messages committed, so they leave at once. */
    public void wakeUp() {
        wakeUps.release();
    }

    /** Wakes the worker once the caller's transaction has committed. */
    public void wakeUpAfterCommit() {
        // Once per transaction, however many messages a consumed batch wrote.
        if (transactions.getResource(WAKE_UP) != null) {
            return;
        }
        transactions.putResource(WAKE_UP, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUp();
                }
            }
        });
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                long wait = backoff.isZero() ? config.delivery().pollInterval().toMillis() : backoff.toMillis();
                wakeUps.tryAcquire(wait, TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                // A full pass means more may be due: go on at once. Waiting for the next wake-up or poll here
                // held a backlog to one batch per poll interval (10 messages a second) once writes stopped.
                int attempted;
                do {
                    attempted = running ? delivery.get().deliverDue() : 0;
                } while (attempted > 0 && attempted == config.delivery().batchSize());
                backoff = Duration.ZERO;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database is down or similar: try again later, never die.
                backoff = backoff.isZero()
                        ? Duration.ofSeconds(1)
                        : Duration.ofMillis(Math.min(backoff.toMillis() * 2, 30_000));
                LOG.warnf("Delivery pass failed, retrying in %d ms: %s", backoff.toMillis(), e.getMessage());
            }
        }
    }
}
