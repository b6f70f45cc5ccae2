package id.go.cilegon.ppid.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The one JSON configuration of event payloads.
 *
 * <ul>
 * <li>{@code Instant} and {@code LocalDate} as ISO-8601 strings, never numeric timestamps;</li>
 * <li>null fields are omitted; empty lists and maps are written;</li>
 * <li>unknown fields are ignored, so a producer may add optional fields within a version;</li>
 * <li>missing primitive fields, nulls for primitives, unknown enum values, numbers given as strings and
 * trailing garbage are rejected, and so is anything the records' constructors reject.</li>
 * </ul>
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = newMapper();

    private EventJson() {}

    /** The shared mapper; thread-safe. Do not reconfigure it: use {@link #newMapper()} for a private copy. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A new mapper with the payload configuration. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("ppid-iso-only")
                        .addDeserializer(Instant.class, new IsoStringOnly<>(Instant.class, InstantDeserializer.INSTANT))
                        .addDeserializer(
                                LocalDate.class, new IsoStringOnly<>(LocalDate.class, LocalDateDeserializer.INSTANCE)))
                .annotationIntrospector(new PayloadIntrospector())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
    }

    /** The payload as UTF-8 JSON. */
    public static byte[] write(Object payload) {
        Objects.requireNonNull(payload, "payload");
        try {
            return MAPPER.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(
                    "cannot serialise " + payload.getClass().getName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The payload as a JSON string (logs, documentation, tests). */
    public static String writeString(Object payload) {
        Objects.requireNonNull(payload, "payload");
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(
                    "cannot serialise " + payload.getClass().getName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a payload of {@code type} from UTF-8 JSON.
     *
     * @throws InvalidEventException when the JSON is malformed, a required field is missing or a value is invalid
     */
    public static <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (json == null || json.length == 0) {
            throw new InvalidEventException("empty payload for " + type.getSimpleName());
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("invalid " + type.getSimpleName() + " payload: " + describe(e), e);
        } catch (IOException e) {
            throw new InvalidEventException("unreadable " + type.getSimpleName() + " payload: " + e.getMessage(), e);
        }
    }

    private static String describe(JsonProcessingException e) {
        // Without the cause, a constructor's "dueDate must not be blank" would be hidden behind Jackson's wrapper.
        Throwable cause = e.getCause();
        String message = e.getOriginalMessage();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message = message + " (" + cause.getMessage() + ")";
        }
        return message;
    }

    /** Accepts only ISO-8601 strings, where jsr310 would also take epoch numbers and {@code [y, m, d]} arrays. */
    private static final class IsoStringOnly<T> extends StdDeserializer<T> {

        private static final long serialVersionUID = 1L;
        private final JsonDeserializer<T> delegate;

        IsoStringOnly(Class<T> type, JsonDeserializer<T> delegate) {
            super(type);
            this.delegate = delegate;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(
                        handledType(),
                        JsonToken.VALUE_STRING,
                        parser,
                        "expected an ISO-8601 string for %s",
                        handledType().getSimpleName());
            }
            return delegate.deserialize(parser, context);
        }
    }

    /** Treats the primitive components of the contract records as required creator properties. */
    private static final class PayloadIntrospector extends JacksonAnnotationIntrospector {

        private static final long serialVersionUID = 1L;
        private static final String CONTRACTS_PACKAGE = EventJson.class.getPackageName() + ".";

        @Override
        public Boolean hasRequiredMarker(AnnotatedMember member) {
            Boolean explicit = super.hasRequiredMarker(member);
            if (explicit != null) {
                return explicit;
            }
            // A missing int/long/boolean would otherwise silently become 0 or false.
            if (member instanceof AnnotatedParameter
                    && member.getRawType().isPrimitive()
                    && member.getDeclaringClass().isRecord()
                    && member.getDeclaringClass().getName().startsWith(CONTRACTS_PACKAGE)) {
                return Boolean.TRUE;
            }
            return null;
        }
    }
}
