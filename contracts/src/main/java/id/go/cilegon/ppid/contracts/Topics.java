package id.go.cilegon.ppid.contracts;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Kafka topic names of the platform; services also expose them as settings so operators can remap them. */
public final class Topics {

    /** Lifecycle of each request (key: request id), produced by request-service. */
    public static final String REQUEST_EVENTS = "ppid.request.events.v1";
    /** Routing decisions and transfers (key: request id), produced by routing-service. */
    public static final String ROUTING_EVENTS = "ppid.routing.events.v1";
    /** Deadline warnings, breaches and failed notifications (key: request id), produced by notification-service. */
    public static final String SLA_EVENTS = "ppid.sla.events.v1";
    /** Decisions and register changes published by OPD systems (key: OPD code). */
    public static final String OPD_EVENTS = "ppid.opd.events.v1";
    /** The OPD directory, compacted (key: OPD code), produced by routing-service. */
    public static final String DIRECTORY = "ppid.directory.v1";
    /**
     * The words an applicant typed into a request, compacted and access-restricted (key: request id), produced by
     * request-service; a tombstone erases them.
     */
    public static final String REQUEST_TEXTS = "ppid.request.texts.v1";
    /** Applicant contact details, compacted and access-restricted (key: applicant id), produced by request-service. */
    public static final String APPLICANT_CONTACTS = "ppid.applicant-contacts.v1";
    /** Openness index per OPD and period, compacted (key: {@code <opdCode>|<period>}), produced by index-service. */
    public static final String INDEX_OPD = "ppid.index.opd.v1";
    /** City-wide openness index per period, compacted (key: {@code <period>}), produced by index-service. */
    public static final String INDEX_CITY = "ppid.index.city.v1";
    /** The working-day calendar, one record per year, compacted (key: the year), produced by request-service. */
    public static final String CALENDAR = "ppid.calendar.v1";

    /** Every topic above, in the order of the design's topic table. */
    public static final List<String> ALL = List.of(
            REQUEST_EVENTS,
            ROUTING_EVENTS,
            SLA_EVENTS,
            OPD_EVENTS,
            DIRECTORY,
            APPLICANT_CONTACTS,
            REQUEST_TEXTS,
            INDEX_OPD,
            INDEX_CITY,
            CALENDAR);

    /** Topics with {@code cleanup.policy=compact}: the latest value per key is the state, a tombstone deletes it. */
    public static final List<String> COMPACTED =
            List.of(DIRECTORY, APPLICANT_CONTACTS, REQUEST_TEXTS, INDEX_OPD, INDEX_CITY, CALENDAR);

    /**
     * Topics every replica of a consumer reads whole, from the start, without a consumer group and without a dead-letter
     * topic (a record it cannot read is logged and skipped): the calendar, which each service holds in memory.
     */
    public static final List<String> FOLLOWED = List.of(CALENDAR);

    /**
     * Topics written by systems outside the platform, whose clocks it does not trust: the broker stamps each record with
     * the time it arrived ({@code message.timestamp.type=LogAppendTime}), and that is when, for the law, the platform
     * received it (an OPD's decision read late after an outage still counts from its arrival).
     */
    public static final List<String> BROKER_TIMESTAMPED = List.of(OPD_EVENTS);

    /**
     * Topics systems outside the platform write to. The broker refuses a record larger than
     * {@link #OUTSIDE_MAX_MESSAGE_BYTES} on them ({@code max.message.bytes}): no event of the contracts comes near it,
     * and a consumer need not hold or park more from a sender it does not control.
     */
    public static final List<String> WRITTEN_FROM_OUTSIDE = List.of(OPD_EVENTS);

    /** {@code max.message.bytes} of {@link #WRITTEN_FROM_OUTSIDE}: 256 KiB. */
    public static final int OUTSIDE_MAX_MESSAGE_BYTES = 256 * 1024;

    private static final Pattern SERVICE_NAME = Pattern.compile("^[a-z][a-z0-9-]{0,62}$");

    private Topics() {}

    /**
     * The dead-letter topic where {@code consumerService} parks the records of {@code topic} it cannot process,
     * e.g. {@code ppid.opd.events.v1.request-service.dlq}; one per consumer so each team owns its own failures.
     */
    public static String deadLetter(String topic, String consumerService) {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(consumerService, "consumerService");
        if (!SERVICE_NAME.matcher(consumerService).matches()) {
            throw new IllegalArgumentException("consumerService must be a lower-case service name such as "
                    + "'request-service', got '" + consumerService + "'");
        }
        return topic + "." + consumerService + ".dlq";
    }
}
