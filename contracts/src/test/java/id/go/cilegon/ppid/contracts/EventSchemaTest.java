package id.go.cilegon.ppid.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event type: its sample serialises to JSON that its schema accepts, and reads back equal. */
class EventSchemaTest {

    static Stream<EventDefinition> definitions() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void sampleIsValidAgainstItsSchema(EventDefinition definition) {
        EventPayload sample = SampleEvents.of(definition.type());
        assertEquals(definition.payloadType(), sample.getClass());

        String json = EventJson.writeString(sample);

        List<String> errors = Schemas.errors(definition.type(), json);
        assertTrue(errors.isEmpty(), () -> definition.type() + " sample violates its schema: " + errors + "\n" + json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void sampleRoundTripsThroughJson(EventDefinition definition) {
        EventPayload sample = SampleEvents.of(definition.type());

        Object read = EventJson.read(EventJson.write(sample), definition.payloadType());

        assertEquals(sample, read);
        assertEquals(EventJson.writeString(sample), EventJson.writeString(read), "serialisation must be stable");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void serialisedFieldsAreAllDeclaredInTheSchema(EventDefinition definition) throws Exception {
        // additionalProperties is true for readers' sake; our own writers must still only write declared fields.
        JsonNode schema = Schemas.tree(definition);
        JsonNode json = EventJson.mapper().readTree(EventJson.write(SampleEvents.of(definition.type())));

        List<String> undeclared = new ArrayList<>();
        collectUndeclared(schema, schema, json, "", undeclared);

        assertTrue(undeclared.isEmpty(), () -> "fields missing from " + definition.schemaPath() + ": " + undeclared);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void samplesLeaveNoFieldOut(EventDefinition definition) throws Exception {
        // Each sample sets every field, nullable ones included, so the schema checks cover all of them;
        // except where the sample is the natural example of an absent value.
        Set<String> allowedAbsent = Set.of(
                "filingOpdCode",
                "previousOpdCode",
                "holderName",
                "feeExplanation",
                "availableFrom",
                "paymentInstructions");
        JsonNode schema = Schemas.tree(definition);
        JsonNode json = EventJson.mapper().readTree(EventJson.write(SampleEvents.of(definition.type())));

        Set<String> absent = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(name -> {
            if (!json.has(name)) {
                absent.add(name);
            }
        });
        absent.removeAll(allowedAbsent);

        assertTrue(absent.isEmpty(), () -> definition.type() + " sample leaves out " + absent);
    }

    private static void collectUndeclared(
            JsonNode root, JsonNode schema, JsonNode json, String path, List<String> undeclared) {
        JsonNode resolved = resolve(root, schema);
        if (json.isObject() && resolved.has("properties")) {
            JsonNode properties = resolved.get("properties");
            json.fields().forEachRemaining(field -> {
                String fieldPath = path + "/" + field.getKey();
                if (!properties.has(field.getKey())) {
                    undeclared.add(fieldPath);
                } else {
                    collectUndeclared(root, properties.get(field.getKey()), field.getValue(), fieldPath, undeclared);
                }
            });
        } else if (json.isArray() && resolved.has("items")) {
            for (JsonNode element : json) {
                collectUndeclared(root, resolved.get("items"), element, path + "[]", undeclared);
            }
        }
    }

    /** Follows a local {@code $ref}, directly or as the non-null branch of an {@code anyOf}. */
    static JsonNode resolve(JsonNode root, JsonNode schema) {
        if (schema.has("anyOf")) {
            for (JsonNode branch : schema.get("anyOf")) {
                if (branch.has("$ref")) {
                    return resolve(root, branch);
                }
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return root.at(ref.substring(1));
        }
        return schema;
    }
}
