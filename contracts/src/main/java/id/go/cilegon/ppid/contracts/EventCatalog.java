package id.go.cilegon.ppid.contracts;

import id.go.cilegon.ppid.contracts.applicant.ApplicantContact;
import id.go.cilegon.ppid.contracts.calendar.CalendarYearPublished;
import id.go.cilegon.ppid.contracts.directory.OpdDirectoryEntry;
import id.go.cilegon.ppid.contracts.index.CityIndexUpdated;
import id.go.cilegon.ppid.contracts.index.OpdIndexUpdated;
import id.go.cilegon.ppid.contracts.opd.InformationPublished;
import id.go.cilegon.ppid.contracts.opd.OpdDecisionSubmitted;
import id.go.cilegon.ppid.contracts.opd.RegisterEntryPublished;
import id.go.cilegon.ppid.contracts.opd.RegisterEntryWithdrawn;
import id.go.cilegon.ppid.contracts.request.DeadlinesRecalculated;
import id.go.cilegon.ppid.contracts.request.DisputeFiled;
import id.go.cilegon.ppid.contracts.request.NoticeReceived;
import id.go.cilegon.ppid.contracts.request.ObjectionDecided;
import id.go.cilegon.ppid.contracts.request.ObjectionFiled;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.contracts.request.RequestExtended;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.contracts.request.RequestTexts;
import id.go.cilegon.ppid.contracts.request.RequestWithdrawn;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RequestTransferred;
import id.go.cilegon.ppid.contracts.routing.RoutingNeeded;
import id.go.cilegon.ppid.contracts.sla.NoticeDelivered;
import id.go.cilegon.ppid.contracts.sla.NotificationFailed;
import id.go.cilegon.ppid.contracts.sla.SlaBreached;
import id.go.cilegon.ppid.contracts.sla.SlaWarning;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type of the platform with its topic, payload record and JSON Schema. */
public final class EventCatalog {

    private static final List<EventDefinition> ALL = List.of(
            define(EventTypes.REQUEST_SUBMITTED, Topics.REQUEST_EVENTS, RequestSubmitted.class),
            define(EventTypes.REQUEST_EXTENDED, Topics.REQUEST_EVENTS, RequestExtended.class),
            define(EventTypes.REQUEST_DECIDED, Topics.REQUEST_EVENTS, RequestDecided.class),
            define(EventTypes.REQUEST_WITHDRAWN, Topics.REQUEST_EVENTS, RequestWithdrawn.class),
            define(EventTypes.REQUEST_OBJECTION_FILED, Topics.REQUEST_EVENTS, ObjectionFiled.class),
            define(EventTypes.REQUEST_OBJECTION_DECIDED, Topics.REQUEST_EVENTS, ObjectionDecided.class),
            define(EventTypes.REQUEST_DISPUTE_FILED, Topics.REQUEST_EVENTS, DisputeFiled.class),
            define(EventTypes.REQUEST_DEADLINES_RECALCULATED, Topics.REQUEST_EVENTS, DeadlinesRecalculated.class),
            define(EventTypes.REQUEST_NOTICE_RECEIVED, Topics.REQUEST_EVENTS, NoticeReceived.class),
            define(EventTypes.ROUTING_ROUTED, Topics.ROUTING_EVENTS, RequestRouted.class),
            define(EventTypes.ROUTING_ROUTING_NEEDED, Topics.ROUTING_EVENTS, RoutingNeeded.class),
            define(EventTypes.ROUTING_TRANSFERRED, Topics.ROUTING_EVENTS, RequestTransferred.class),
            define(EventTypes.SLA_WARNING, Topics.SLA_EVENTS, SlaWarning.class),
            define(EventTypes.SLA_BREACHED, Topics.SLA_EVENTS, SlaBreached.class),
            define(EventTypes.NOTIFICATION_FAILED, Topics.SLA_EVENTS, NotificationFailed.class),
            define(EventTypes.NOTIFICATION_NOTICE_DELIVERED, Topics.SLA_EVENTS, NoticeDelivered.class),
            define(EventTypes.OPD_DECISION_SUBMITTED, Topics.OPD_EVENTS, OpdDecisionSubmitted.class),
            define(EventTypes.OPD_REGISTER_ENTRY_PUBLISHED, Topics.OPD_EVENTS, RegisterEntryPublished.class),
            define(EventTypes.OPD_REGISTER_ENTRY_WITHDRAWN, Topics.OPD_EVENTS, RegisterEntryWithdrawn.class),
            define(EventTypes.OPD_INFORMATION_PUBLISHED, Topics.OPD_EVENTS, InformationPublished.class),
            define(EventTypes.DIRECTORY_OPD_UPDATED, Topics.DIRECTORY, OpdDirectoryEntry.class),
            define(EventTypes.APPLICANT_CONTACT_UPDATED, Topics.APPLICANT_CONTACTS, ApplicantContact.class),
            define(EventTypes.REQUEST_TEXTS_RECORDED, Topics.REQUEST_TEXTS, RequestTexts.class),
            define(EventTypes.INDEX_OPD_UPDATED, Topics.INDEX_OPD, OpdIndexUpdated.class),
            define(EventTypes.INDEX_CITY_UPDATED, Topics.INDEX_CITY, CityIndexUpdated.class),
            define(EventTypes.CALENDAR_YEAR_PUBLISHED, Topics.CALENDAR, CalendarYearPublished.class));

    private static final Map<String, EventDefinition> BY_TYPE = index(EventDefinition::type);
    private static final Map<Class<?>, EventDefinition> BY_PAYLOAD = index(EventDefinition::payloadType);

    private EventCatalog() {}

    /** Every event definition, grouped by topic in the order of {@link Topics#ALL}. */
    public static List<EventDefinition> all() {
        return ALL;
    }

    /**
     * The definition of a {@code ce_type}, empty when the type is unknown (e.g. a newer version). A superseded type
     * ({@link EventTypes#SUPERSEDED}) answers its successor's definition: its records are read as the successor.
     */
    public static Optional<EventDefinition> byType(String ceType) {
        return Optional.ofNullable(ceType == null ? null : BY_TYPE.get(currentType(ceType)));
    }

    /** The type a consumer applies a record of {@code ceType} as: its successor if superseded, else itself. */
    public static String currentType(String ceType) {
        return EventTypes.SUPERSEDED.getOrDefault(ceType, ceType);
    }

    /**
     * The definition whose payload record is {@code payloadType}.
     *
     * @throws IllegalArgumentException when the class is not a payload of the catalog
     */
    public static EventDefinition forPayload(Class<?> payloadType) {
        EventDefinition definition = BY_PAYLOAD.get(Objects.requireNonNull(payloadType, "payloadType"));
        if (definition == null) {
            throw new IllegalArgumentException(payloadType.getName() + " is not an event payload of the catalog");
        }
        return definition;
    }

    /** The definitions of the events published on {@code topic}. */
    public static List<EventDefinition> forTopic(String topic) {
        return ALL.stream().filter(d -> d.topic().equals(topic)).toList();
    }

    /** The classpath resource of the JSON Schema of {@code ceType}. */
    public static String schemaPath(String ceType) {
        return "schemas/" + ceType + ".json";
    }

    /**
     * Reads a payload whose type is given by its {@code ce_type}.
     *
     * @throws InvalidEventException when the type is unknown or the payload invalid
     */
    public static Object read(String ceType, byte[] json) {
        EventDefinition definition =
                byType(ceType).orElseThrow(() -> new InvalidEventException("unknown event type '" + ceType + "'"));
        return EventJson.read(json, definition.payloadType());
    }

    private static EventDefinition define(String type, String topic, Class<? extends EventPayload> payloadType) {
        return new EventDefinition(type, topic, payloadType, schemaPath(type));
    }

    private static <K> Map<K, EventDefinition> index(Function<EventDefinition, K> key) {
        return ALL.stream()
                .collect(Collectors.toMap(
                        key,
                        Function.identity(),
                        (a, b) -> {
                            throw new IllegalStateException("duplicate catalog entry " + a + " / " + b);
                        },
                        LinkedHashMap::new));
    }
}
