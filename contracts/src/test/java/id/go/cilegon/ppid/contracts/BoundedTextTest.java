package id.go.cilegon.ppid.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text of every event is bounded (a column takes it, a log line or a page shows it), and where a schema bounds a
 * text the record agrees: the longest text the schema allows is read, one character more is refused by both, and so is
 * a control character.
 */
class BoundedTextTest {

    /** A quantifier without an upper bound, after escaped characters are removed. */
    private static final Pattern UNBOUNDED = Pattern.compile("[*+]|\\{\\d+,}");

    @Test
    void everyTextOfEveryEventIsBounded() {
        List<String> unbounded = new ArrayList<>();
        for (EventDefinition definition : EventCatalog.all()) {
            walk(Schemas.tree(definition), Schemas.tree(definition), "", (path, node) -> {
                if (isText(node)
                        && !node.has("maxLength")
                        && !node.has("format")
                        && !node.has("enum")
                        && !node.has("const")
                        && !boundedByPattern(node)) {
                    unbounded.add(definition.type() + path);
                }
            });
        }
        assertEquals(List.of(), unbounded);
    }

    @Test
    void recordAndSchemaAgreeOnEachBound() {
        List<String> checked = new ArrayList<>();
        List<String> notInSample = new ArrayList<>();
        for (EventDefinition definition : EventCatalog.all()) {
            String type = definition.type();
            walk(Schemas.tree(definition), Schemas.tree(definition), "", (path, node) -> {
                if (!node.has("maxLength") || "email".equals(node.path("format").asText())) {
                    return; // e-mail addresses: EmailRuleTest
                }
                if (with(type, path, "x") == null) {
                    notInSample.add(type + path);
                    return;
                }
                int max = node.path("maxLength").asInt();
                String prefix = node.path("pattern").asText().startsWith("^https?") ? "https://h/" : "";

                String longest = prefix + "x".repeat(max - prefix.length());
                assertTrue(Schemas.errors(type, with(type, path, longest)).isEmpty(), type + path);
                EventCatalog.read(type, with(type, path, longest).getBytes(StandardCharsets.UTF_8));

                String tooLong = longest + "x";
                assertFalse(Schemas.errors(type, with(type, path, tooLong)).isEmpty(), type + path);
                assertThrows(
                        InvalidEventException.class,
                        () -> EventCatalog.read(type, with(type, path, tooLong).getBytes(StandardCharsets.UTF_8)),
                        type + path);

                if (prefix.isEmpty()) {
                    String control = "a\u0000b";
                    assertFalse(Schemas.errors(type, with(type, path, control)).isEmpty(), type + path);
                    assertThrows(
                            InvalidEventException.class,
                            () -> EventCatalog.read(
                                    type, with(type, path, control).getBytes(StandardCharsets.UTF_8)),
                            type + path);
                }
                checked.add(type + path);
            });
        }
        assertEquals(List.of(), notInSample, "bounded texts the sample events do not carry, so nothing checks them");
        assertTrue(checked.size() > 40, checked.toString());
    }

    private static boolean isText(JsonNode node) {
        JsonNode type = node.path("type");
        return "string".equals(type.asText())
                || (type.isArray() && type.toString().contains("\"string\""));
    }

    private static boolean boundedByPattern(JsonNode node) {
        String pattern = node.path("pattern").asText("");
        return pattern.startsWith("^")
                && pattern.endsWith("$")
                && !UNBOUNDED.matcher(pattern.replaceAll("\\\\.", "")).find();
    }

    /**
     * Calls {@code visit} with each schema node an event's JSON can hold and its path ({@code .field}, {@code [0]} for
     * an array's first element), following {@code $ref}s and {@code anyOf}; the conditional parts of a schema
     * ({@code allOf}, {@code if}, {@code then}) only add rules to nodes visited already.
     */
    private static void walk(JsonNode root, JsonNode node, String path, BiConsumer<String, JsonNode> visit) {
        if (node.has("$ref")) {
            String ref = node.path("$ref").asText();
            walk(root, root.at(ref.substring(1)), path, visit);
            return;
        }
        visit.accept(path, node);
        for (JsonNode alternative : node.path("anyOf")) {
            walk(root, alternative, path, visit);
        }
        Iterator<Map.Entry<String, JsonNode>> properties =
                node.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            walk(root, property.getValue(), path + "." + property.getKey(), visit);
        }
        if (node.path("items").isObject()) {
            walk(root, node.path("items"), path + "[0]", visit);
        }
    }

    /**
     * The sample event of {@code type} as JSON with the text at {@code path} set to {@code value} (an empty array gets
     * the value as its one element), or null when the sample has no object or array there to set it in.
     */
    private static String with(String type, String path, String value) {
        JsonNode json = EventJson.mapper().valueToTree(SampleEvents.of(type));
        String[] steps = path.substring(1).replace("[0]", ".[0]").split("\\.");
        JsonNode parent = json;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = "[0]".equals(steps[i]) ? parent.path(0) : parent.path(steps[i]);
        }
        String last = steps[steps.length - 1];
        if ("[0]".equals(last) && parent instanceof ArrayNode array) {
            array.removeAll().add(value);
        } else if (!"[0]".equals(last) && parent instanceof ObjectNode object) {
            object.put(last, value);
        } else {
            return null;
        }
        return json.toString();
    }
}
