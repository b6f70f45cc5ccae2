package id.go.cilegon.ppid.routing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Topic names this service writes; defaults are the constants of contracts, operators may remap them. */
@ConfigMapping(prefix = "ppid.topics")
public interface TopicConfig {

    @WithDefault("ppid.routing.events.v1")
    String routingEvents();

    @WithDefault("ppid.directory.v1")
    String directory();

    /** The OPD systems' events, which routing-service publishes for them once it checked them (OpdIngress). */
    @WithDefault("ppid.opd.events.v1")
    String opdEvents();
}
