package id.go.cilegon.ppid.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The CloudEvents attributes of one event, carried in Kafka headers (binary mode).
 *
 * @param id      unique id of this event ({@code ce_id}); consumers deduplicate on it
 * @param source  the producer ({@code ce_source}), e.g. {@code /ppid/request-service}, see {@link Services}
 * @param type    the event type ({@code ce_type}), one of {@link EventTypes}
 * @param time    when the fact happened, UTC ({@code ce_time})
 * @param subject the aggregate id, equal to the Kafka key ({@code ce_subject}); nullable
 */
public record EventMetadata(String id, String source, String type, Instant time, String subject) {

    public EventMetadata {
        Checks.text(id, "id");
        Checks.text(source, "source");
        Checks.text(type, "type");
        Objects.requireNonNull(time, "time");
        subject = Checks.optionalText(subject, "subject");
    }

    /** New metadata with a random UUID as the event id. */
    public static EventMetadata of(String type, String source, String subject, Instant time) {
        return new EventMetadata(UUID.randomUUID().toString(), source, type, time, subject);
    }

    /** New metadata for {@code payload}: its catalog type, its key as subject and a random UUID as the event id. */
    public static EventMetadata of(EventPayload payload, String source, Instant time) {
        Objects.requireNonNull(payload, "payload");
        return of(EventCatalog.forPayload(payload.getClass()).type(), source, payload.key(), time);
    }
}
