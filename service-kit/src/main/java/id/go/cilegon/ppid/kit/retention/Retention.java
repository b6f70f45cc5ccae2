package id.go.cilegon.ppid.kit.retention;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes what a service no longer needs, every {@code ppid.retention.every}, in batches: the processed-event log
 * ({@code processed_event}, after {@code ppid.retention.processed-events}) and whatever {@link RetentionRule}s the
 * service adds (idempotency keys, finished notifications), each after its default horizon or
 * {@code ppid.retention.horizons.<table>}. Counted in {@code ppid_retention_deleted_total{service,
 * table}}. Replicas may run it at the same time: a row is deleted once.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    @Inject
    RetentionConfig config;

    @Inject
    Instance<RetentionRule> rules;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "retention");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.every().toMillis();
        timer.scheduleWithFixedDelay(this::runQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** The rules in force: the processed-event log's and the service's own. */
    public List<RetentionRule> rules() {
        List<RetentionRule> all = new ArrayList<>();
        all.add(new RetentionRule("processed_event", "processed_at", config.processedEvents(), null));
        rules.forEach(rule -> all.add(new RetentionRule(
                rule.table(),
                rule.timeColumn(),
                config.horizons().getOrDefault(rule.table(), rule.horizon()),
                rule.condition())));
        return all;
    }

    /** Applies every rule now; returns the rows deleted per table. */
    public Map<String, Long> run() {
        Map<String, Long> deleted = new LinkedHashMap<>();
        for (RetentionRule rule : rules()) {
            long total = 0;
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery(rule.deleteBatchSql())
                                .setParameter(1, config.batchSize())
                                .executeUpdate());
                total += batch;
            } while (batch == config.batchSize());
            if (total > 0) {
                metrics.counter("ppid.retention.deleted", "service", service, "table", rule.table())
                        .increment(total);
                LOG.infof("Retention: deleted %d rows of %s older than %s", total, rule.table(), rule.horizon());
            }
            deleted.merge(rule.table(), total, Long::sum);
        }
        return deleted;
    }

    private void runQuietly() {
        try {
            run();
        } catch (RuntimeException e) {
            // The database may be away; the next run catches up.
            LOG.warnf("Retention run failed, trying again in %s: %s", config.every(), e.getMessage());
        }
    }
}
