package id.go.cilegon.ppid.index.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Topic names this service reads and writes; defaults are the constants of contracts, operators may remap them. */
@ConfigMapping(prefix = "ppid.topics")
public interface TopicConfig {

    @WithDefault("ppid.request.events.v1")
    String requestEvents();

    @WithDefault("ppid.routing.events.v1")
    String routingEvents();

    @WithDefault("ppid.sla.events.v1")
    String slaEvents();

    @WithDefault("ppid.opd.events.v1")
    String opdEvents();

    @WithDefault("ppid.directory.v1")
    String directory();

    @WithDefault("ppid.index.opd.v1")
    String indexOpd();

    @WithDefault("ppid.index.city.v1")
    String indexCity();
}
