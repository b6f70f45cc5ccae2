package id.go.cilegon.ppid.request.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Topic names this service writes (and the calendar it follows); defaults are contracts' constants, operators may remap them. */
@ConfigMapping(prefix = "ppid.topics")
public interface TopicConfig {

    @WithDefault("ppid.request.events.v1")
    String requestEvents();

    @WithDefault("ppid.applicant-contacts.v1")
    String applicantContacts();

    /** The applicant's words of each request (restricted, compacted; a tombstone erases them). */
    @WithDefault("ppid.request.texts.v1")
    String requestTexts();

    /**
     * The platform's calendar, which this service publishes and, like every service that counts days, follows (read
     * by calendar's beans, id.go.cilegon.ppid.calendar.cdi).
     */
    @WithDefault("ppid.calendar.v1")
    String calendar();
}
