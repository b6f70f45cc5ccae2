package id.go.cilegon.ppid.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Topic names this service writes; defaults are the constants of contracts, operators may remap them. */
@ConfigMapping(prefix = "ppid.topics")
public interface TopicConfig {

    @WithDefault("ppid.sla.events.v1")
    String slaEvents();

    /** The platform's calendar, which this service follows (read by calendar's beans, id.go.cilegon.ppid.calendar.cdi). */
    @WithDefault("ppid.calendar.v1")
    String calendar();
}
