package id.go.cilegon.ppid.portal.index;

import id.go.cilegon.ppid.portal.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The OPDs' names, which the index topics do not carry: read from index-service's public ranking (the directory's
 * names), again after {@code ppid.portal.names-refresh} or when an OPD without a name shows up. Until then, and while
 * index-service does not answer, a page shows the OPD's code.
 */
@ApplicationScoped
public class OpdNames {

    private static final Logger LOG = Logger.getLogger(OpdNames.class);

    @Inject
    @RestClient
    IndexApi index;

    @Inject
    PortalConfig config;

    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile Instant readAt = Instant.EPOCH;

    /** The name of an OPD, or its code while the name is not known. */
    public String of(String opdCode) {
        String name = names.get(opdCode);
        if (name == null || readAt.plus(config.namesRefresh()).isBefore(Instant.now())) {
            refreshInBackground();
        }
        return name == null ? opdCode : name;
    }

    private void refreshInBackground() {
        if (!reading.compareAndSet(false, true)) {
            return;
        }
        Thread reader = new Thread(
                () -> {
                    try {
                        for (IndexApi.Row row : index.ranking("rolling-90d").rows()) {
                            if (row.opdCode() != null && row.opdName() != null) {
                                names.put(row.opdCode(), row.opdName());
                            }
                        }
                        readAt = Instant.now();
                    } catch (RuntimeException e) {
                        // Tried again at the next page view after a pause; the codes stand in meanwhile.
                        readAt = Instant.now().minus(config.namesRefresh()).plusSeconds(30);
                        LOG.debugf("OPD names not read from index-service: %s", e.toString());
                    } finally {
                        reading.set(false);
                    }
                },
                "opd-names");
        reader.setDaemon(true);
        reader.start();
    }
}
