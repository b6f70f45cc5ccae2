package id.go.cilegon.ppid.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The portal's settings (application.properties, {@code ppid.portal.*}). */
@ConfigMapping(prefix = "ppid.portal")
public interface PortalConfig {

    /** The index topics the portal follows, read whole from the beginning without a consumer group. */
    Topics topics();

    interface Topics {

        @WithDefault("ppid.index.opd.v1")
        String indexOpd();

        @WithDefault("ppid.index.city.v1")
        String indexCity();
    }

    /**
     * How long the live pages gather changes before they send one update: index-service publishes a burst of keys
     * at once, and one update within a second beats several half a second apart.
     */
    @WithDefault("250ms")
    Duration liveBatch();

    /** How often the OPDs' names are read again from index-service's public ranking. */
    @WithDefault("5m")
    Duration namesRefresh();
}
