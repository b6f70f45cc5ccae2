package id.go.cilegon.ppid.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where a schema bounds a text (every text of the events outside systems write, for now), the record agrees: the
 * longest text the schema allows is read, one character more is refused by both, and so is a control character.
 */
class BoundedTextTest {

    @Test
    void everyTextOfTheEventsWrittenFromOutsideIsBounded() {
        for (EventDefinition definition : EventCatalog.all()) {
            if (!Topics.WRITTEN_FROM_OUTSIDE.contains(definition.topic())) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> properties =
                    Schemas.tree(definition).path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                if (property.getValue().path("type").toString().contains("string")
                        && !property.getValue().has("format")
                        && !property.getValue().has("enum")
                        && !"opdCode".equals(property.getKey())) {
                    assertTrue(property.getValue().has("maxLength"), definition.type() + "." + property.getKey());
                }
            }
        }
    }

    @Test
    void recordAndSchemaAgreeOnEachBound() {
        List<String> checked = new ArrayList<>();
        for (EventDefinition definition : EventCatalog.all()) {
            Iterator<Map.Entry<String, JsonNode>> properties =
                    Schemas.tree(definition).path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                if (!property.getValue().has("maxLength")) {
                    continue;
                }
                String type = definition.type();
                String field = property.getKey();
                int max = property.getValue().path("maxLength").asInt();
                String prefix = property.getValue().path("pattern").asText().startsWith("^https?") ? "https://h/" : "";

                String longest = prefix + "x".repeat(max - prefix.length());
                assertTrue(Schemas.errors(type, with(type, field, longest)).isEmpty(), type + "." + field);
                EventCatalog.read(type, with(type, field, longest).getBytes(StandardCharsets.UTF_8));

                String tooLong = longest + "x";
                assertFalse(Schemas.errors(type, with(type, field, tooLong)).isEmpty(), type + "." + field);
                assertThrows(
                        InvalidEventException.class,
                        () -> EventCatalog.read(type, with(type, field, tooLong).getBytes(StandardCharsets.UTF_8)),
                        type + "." + field);

                if (prefix.isEmpty()) {
                    String control = "A\u0000B";
                    assertFalse(Schemas.errors(type, with(type, field, control)).isEmpty(), type + "." + field);
                    assertThrows(
                            InvalidEventException.class,
                            () -> EventCatalog.read(
                                    type, with(type, field, control).getBytes(StandardCharsets.UTF_8)),
                            type + "." + field);
                }
                checked.add(type + "." + field);
            }
        }
        assertEquals(8, checked.size(), checked.toString());
    }

    /** The sample event of {@code type} as JSON, with {@code field} set to {@code value}. */
    private static String with(String type, String field, String value) {
        ObjectNode json = EventJson.mapper().valueToTree(SampleEvents.of(type));
        json.put(field, value);
        return json.toString();
    }
}
