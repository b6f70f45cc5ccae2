package id.go.cilegon.ppid.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads the catalog's JSON Schemas and validates JSON against them with a real draft 2020-12 validator. */
final class Schemas {

    // Formats (uuid, date, date-time, email, uri) are only annotations in 2020-12 unless asserted explicitly.
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {}

    /** The validator for an event type. */
    static Schema of(EventDefinition definition) {
        return CACHE.computeIfAbsent(definition.type(), type -> {
            try (InputStream in = definition.openSchema()) {
                return REGISTRY.getSchema(in, InputFormat.JSON);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Validation errors of {@code json} against the schema of {@code ceType}; empty when valid. */
    static List<String> errors(String ceType, String json) {
        EventDefinition definition = EventCatalog.byType(ceType).orElseThrow();
        List<Error> errors = of(definition).validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }

    /** Validation errors of {@code json} against the schema file at {@code schemaPath} (e.g. a superseded type's). */
    static List<String> errorsAgainst(String schemaPath, String json) {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(schemaPath)) {
            return REGISTRY.getSchema(in, InputFormat.JSON).validate(json, InputFormat.JSON).stream()
                    .map(Error::toString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema document of an event type, as a Jackson 2 tree for structural checks. */
    static JsonNode tree(EventDefinition definition) {
        try (InputStream in = definition.openSchema()) {
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
