package id.go.cilegon.ppid.contracts;

import java.util.Objects;

/** Service names (used in dead-letter topic names) and the CloudEvents {@code ce_source} of each producer. */
public final class Services {

    /** Owner of each request's legal lifecycle. */
    public static final String REQUEST_SERVICE = "request-service";
    /** Owner of the OPD directory and of routing. */
    public static final String ROUTING_SERVICE = "routing-service";
    /** Owner of SLA clocks, reminders, escalation and messages. */
    public static final String NOTIFICATION_SERVICE = "notification-service";
    /** Kafka Streams aggregation of the openness index. */
    public static final String INDEX_SERVICE = "index-service";
    /**
     * The web front (public dashboard and registers, citizens' and desks' pages): produces nothing, reads the index
     * topics whole with partitions it assigns itself (no consumer group, no dead-letter topic).
     */
    public static final String PORTAL = "portal";

    private static final String SOURCE_PREFIX = "/ppid/";

    private Services() {}

    /** The {@code ce_source} of a platform service, e.g. {@code /ppid/request-service}. */
    public static String source(String serviceName) {
        return SOURCE_PREFIX + Objects.requireNonNull(serviceName, "serviceName");
    }

    /** The {@code ce_source} of an integrated OPD system, e.g. {@code /ppid/opd/DINKES}. */
    public static String opdSystemSource(String opdCode) {
        return SOURCE_PREFIX + "opd/" + Checks.opdCode(opdCode, "opdCode");
    }
}
