package id.go.cilegon.ppid.contracts;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * One entry of the {@link EventCatalog}.
 *
 * @param type        the {@code ce_type}, one of {@link EventTypes}
 * @param topic       the topic the event is published on, one of {@link Topics}
 * @param payloadType the payload record class
 * @param schemaPath  classpath resource of its JSON Schema, e.g. {@code schemas/<type>.json}
 */
public record EventDefinition(String type, String topic, Class<?> payloadType, String schemaPath) {

    public EventDefinition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(schemaPath, "schemaPath");
    }

    /** Opens the JSON Schema of this event type from the classpath; the caller closes the stream. */
    public InputStream openSchema() {
        InputStream in = EventDefinition.class.getClassLoader().getResourceAsStream(schemaPath);
        if (in == null) {
            throw new UncheckedIOException(new FileNotFoundException("classpath:" + schemaPath));
        }
        return in;
    }
}
