package id.go.cilegon.ppid.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: the attributes live in {@code ce_*} headers, the record
 * value is the bare JSON payload. Also the header names of records parked on a dead-letter topic.
 */
public final class CloudEventHeaders {

    /** CloudEvents specification version, always {@value #SPEC_VERSION}. */
    public static final String SPECVERSION = "ce_specversion";
    /** Unique event id. */
    public static final String ID = "ce_id";
    /** Producer of the event. */
    public static final String SOURCE = "ce_source";
    /** Event type, see {@link EventTypes}. */
    public static final String TYPE = "ce_type";
    /** Time of the fact, RFC 3339 in UTC. */
    public static final String TIME = "ce_time";
    /** Aggregate id, equal to the Kafka key. */
    public static final String SUBJECT = "ce_subject";
    /** Media type of the value ({@code datacontenttype} in binary mode). */
    public static final String CONTENT_TYPE = "content-type";

    /** The only supported {@code ce_specversion}. */
    public static final String SPEC_VERSION = "1.0";
    /** The media type of every payload. */
    public static final String APPLICATION_JSON = "application/json";

    /** Dead-letter header: short machine-readable reason, e.g. {@code invalid-event} or {@code processing-failed}. */
    public static final String DLQ_REASON = "ppid_dlq_reason";
    /** Dead-letter header: exception class and message (never the payload). */
    public static final String DLQ_EXCEPTION = "ppid_dlq_exception";
    /** Dead-letter header: topic the record was read from. */
    public static final String DLQ_ORIGINAL_TOPIC = "ppid_dlq_original_topic";
    /** Dead-letter header: partition the record was read from (decimal). */
    public static final String DLQ_ORIGINAL_PARTITION = "ppid_dlq_original_partition";
    /** Dead-letter header: offset of the record (decimal). */
    public static final String DLQ_ORIGINAL_OFFSET = "ppid_dlq_original_offset";
    /** Dead-letter header: the consumer service that gave up, e.g. {@code request-service}. */
    public static final String DLQ_CONSUMER = "ppid_dlq_consumer";
    /**
     * Dead-letter header: the original value's size in bytes (decimal), present only when the parked value was cut to
     * fit the dead-letter topic; the whole record is still at its original topic, partition and offset.
     */
    public static final String DLQ_ORIGINAL_VALUE_BYTES = "ppid_dlq_original_value_bytes";
    /** Dead-letter header: {@code true} when the original headers were left out because they alone were too large. */
    public static final String DLQ_HEADERS_DROPPED = "ppid_dlq_headers_dropped";

    /** {@link #DLQ_REASON} when the envelope or payload could not be read ({@link InvalidEventException}). */
    public static final String DLQ_REASON_INVALID_EVENT = "invalid-event";
    /** {@link #DLQ_REASON} when the event was readable but its processing failed. */
    public static final String DLQ_REASON_PROCESSING_FAILED = "processing-failed";

    private static final int MAX_EXCEPTION_HEADER_CHARS = 2000;
    /** The most characters of a CloudEvents attribute: the columns that keep them (outbox, inbox) hold 200. */
    public static final int MAX_ATTRIBUTE_CHARS = 200;

    private static final int UUID_LENGTH = 36;

    private CloudEventHeaders() {}

    /** Replaces any CloudEvents headers in {@code headers} with those of {@code meta}. */
    public static void write(Headers headers, EventMetadata meta) {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(meta, "meta");
        put(headers, SPECVERSION, SPEC_VERSION);
        put(headers, ID, meta.id());
        put(headers, SOURCE, meta.source());
        put(headers, TYPE, meta.type());
        put(headers, TIME, DateTimeFormatter.ISO_INSTANT.format(meta.time()));
        if (meta.subject() != null) {
            put(headers, SUBJECT, meta.subject());
        } else {
            headers.remove(SUBJECT);
        }
        put(headers, CONTENT_TYPE, APPLICATION_JSON);
    }

    /**
     * Reads the CloudEvents attributes from {@code headers}.
     *
     * @throws InvalidEventException naming the header when a required header is missing or invalid
     */
    public static EventMetadata read(Headers headers) {
        if (headers == null) {
            throw new InvalidEventException("record has no headers; expected CloudEvents binary-mode headers");
        }
        String specVersion = required(headers, SPECVERSION);
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new InvalidEventException(
                    "header " + SPECVERSION + " must be '" + SPEC_VERSION + "', got '" + specVersion + "'");
        }
        String id = required(headers, ID);
        if (id.length() != UUID_LENGTH || !isUuid(id)) {
            throw new InvalidEventException("header " + ID + " must be a UUID, got '" + cut(id) + "'");
        }
        String source = required(headers, SOURCE);
        String type = required(headers, TYPE);
        String timeText = required(headers, TIME);
        Instant time;
        try {
            time = OffsetDateTime.parse(timeText, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(
                    "header " + TIME + " must be an RFC 3339 timestamp, got '" + timeText + "'", e);
        }
        String contentType = bounded(CONTENT_TYPE, optional(headers, CONTENT_TYPE));
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).startsWith(APPLICATION_JSON)) {
            throw new InvalidEventException(
                    "header " + CONTENT_TYPE + " must be '" + APPLICATION_JSON + "', got '" + contentType + "'");
        }
        return new EventMetadata(id, source, type, time, bounded(SUBJECT, optional(headers, SUBJECT)));
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A header value as far as an error message repeats it. */
    private static String cut(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "...";
    }

    /** Adds the dead-letter headers to a record being parked by {@code consumerService}; keeps the ce_* headers. */
    public static void writeDeadLetter(
            Headers headers,
            String reason,
            Throwable error,
            String originalTopic,
            int originalPartition,
            long originalOffset,
            String consumerService) {
        Objects.requireNonNull(headers, "headers");
        put(headers, DLQ_REASON, Checks.text(reason, "reason"));
        if (error != null) {
            String text = error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
            put(
                    headers,
                    DLQ_EXCEPTION,
                    text.length() > MAX_EXCEPTION_HEADER_CHARS ? text.substring(0, MAX_EXCEPTION_HEADER_CHARS) : text);
        }
        put(headers, DLQ_ORIGINAL_TOPIC, Checks.text(originalTopic, "originalTopic"));
        put(headers, DLQ_ORIGINAL_PARTITION, Integer.toString(originalPartition));
        put(headers, DLQ_ORIGINAL_OFFSET, Long.toString(originalOffset));
        put(headers, DLQ_CONSUMER, Checks.text(consumerService, "consumerService"));
    }

    /** The last value of header {@code name} as UTF-8 text, or null when absent. */
    public static String optional(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(Headers headers, String name) {
        String value = bounded(name, optional(headers, name));
        if (value == null) {
            throw new InvalidEventException("missing CloudEvents header " + name);
        }
        if (value.isBlank()) {
            throw new InvalidEventException("CloudEvents header " + name + " is blank");
        }
        return value;
    }

    /**
     * The last value of header {@code name}, checked as every CloudEvents attribute is: at most
     * {@link #MAX_ATTRIBUTE_CHARS} characters and no control character (they end up in columns and logs).
     */
    private static String bounded(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_ATTRIBUTE_CHARS) {
            throw new InvalidEventException("CloudEvents header " + name + " has " + value.length()
                    + " characters, at most " + MAX_ATTRIBUTE_CHARS + " are allowed");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidEventException("CloudEvents header " + name + " holds a control character (U+"
                        + String.format("%04X", (int) value.charAt(i)) + ")");
            }
        }
        return value;
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
