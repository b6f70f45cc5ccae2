package id.go.cilegon.ppid.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Renders the generated part of one event's section in docs/events.md from its schema and its sample. */
final class EventDocRenderer {

    private static final String SCHEMA_DIR = "contracts/src/main/resources/";

    private EventDocRenderer() {}

    static String render(EventDefinition definition) {
        JsonNode schema = Schemas.tree(definition);
        StringBuilder out = new StringBuilder();
        out.append("| | |\n|---|---|\n");
        out.append("| `ce_type` | `").append(definition.type()).append("` |\n");
        out.append("| topic | `").append(definition.topic()).append("` |\n");
        out.append("| payload | `").append(definition.payloadType().getName()).append("` |\n");
        out.append("| schema | [`")
                .append(definition.schemaPath())
                .append("`](../")
                .append(SCHEMA_DIR)
                .append(definition.schemaPath())
                .append(") |\n\n");
        out.append(cell(schema.path("description").asText())).append("\n\n");
        table(out, schema);
        Iterator<Map.Entry<String, JsonNode>> defs = schema.path("$defs").fields();
        while (defs.hasNext()) {
            Map.Entry<String, JsonNode> def = defs.next();
            out.append("\n`")
                    .append(def.getKey())
                    .append("`: ")
                    .append(cell(def.getValue().path("description").asText()))
                    .append("\n\n");
            table(out, def.getValue());
        }
        out.append("\nExample:\n\n```json\n")
                .append(prettyJson(EventJson.mapper().valueToTree(SampleEvents.of(definition.type())), 0))
                .append("\n```\n");
        return out.toString();
    }

    private static void table(StringBuilder out, JsonNode schema) {
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        out.append("| field | type | required | meaning |\n|---|---|---|---|\n");
        schema.path("properties")
                .fields()
                .forEachRemaining(p -> out.append("| `")
                        .append(p.getKey())
                        .append("` | ")
                        .append(type(p.getValue()))
                        .append(" | ")
                        .append(required.contains(p.getKey()) ? "yes" : "no")
                        .append(" | ")
                        .append(cell(p.getValue().path("description").asText()))
                        .append(" |\n"));
    }

    /** A short human description of a property's type, constraints included. */
    static String type(JsonNode property) {
        if (property.has("anyOf")) {
            for (JsonNode branch : property.get("anyOf")) {
                if (!"null".equals(branch.path("type").asText())) {
                    return type(branch);
                }
            }
        }
        if (property.has("$ref")) {
            String ref = property.get("$ref").asText();
            return "`" + ref.substring(ref.lastIndexOf('/') + 1) + "`";
        }
        String type = baseType(property.path("type"));
        List<String> notes = new ArrayList<>();
        switch (type) {
            case "string" -> {
                if (property.has("enum")) {
                    List<String> values = new ArrayList<>();
                    property.get("enum").forEach(v -> {
                        if (!v.isNull()) {
                            values.add("`" + v.asText() + "`");
                        }
                    });
                    return "enum: " + String.join(", ", values);
                }
                if (property.has("format")) {
                    notes.add(property.get("format").asText());
                }
                if ("\\S".equals(property.path("pattern").asText())) {
                    notes.add("not blank");
                } else if (property.has("pattern")) {
                    notes.add("pattern `" + property.get("pattern").asText().replace("|", "\\|") + "`");
                }
            }
            case "integer", "number" -> {
                if (property.has("minimum") && property.has("maximum")) {
                    notes.add(property.get("minimum").asText() + "–"
                            + property.get("maximum").asText());
                } else if (property.has("minimum")) {
                    notes.add("≥ " + property.get("minimum").asText());
                }
            }
            case "array" -> {
                String items = type(property.path("items"));
                List<String> arrayNotes = new ArrayList<>();
                if (property.path("minItems").asInt(0) > 0) {
                    arrayNotes.add("at least " + property.get("minItems").asInt());
                }
                if (property.path("uniqueItems").asBoolean(false)) {
                    arrayNotes.add("no duplicates");
                }
                return "array" + (arrayNotes.isEmpty() ? "" : " (" + String.join(", ", arrayNotes) + ")") + " of "
                        + items;
            }
            case "object" -> {
                if (property.has("propertyNames")) {
                    ObjectNode keys =
                            ((ObjectNode) property.get("propertyNames").deepCopy()).put("type", "string");
                    return "map from " + type(keys) + " to " + type(property.path("additionalProperties"));
                }
            }
            default -> {
                // boolean: nothing to add
            }
        }
        return type + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
    }

    private static String baseType(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.asText();
    }

    /** Escapes text for a Markdown table cell or paragraph. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;");
    }

    /** Two-space indented JSON with short arrays of scalars kept on one line, like the schema files. */
    static String prettyJson(JsonNode node, int indent) {
        String pad = "  ".repeat(indent);
        if (node.isObject()) {
            if (node.isEmpty()) {
                return "{}";
            }
            List<String> fields = new ArrayList<>();
            node.fields()
                    .forEachRemaining(f ->
                            fields.add(pad + "  " + quote(f.getKey()) + ": " + prettyJson(f.getValue(), indent + 1)));
            return "{\n" + String.join(",\n", fields) + "\n" + pad + "}";
        }
        if (node.isArray()) {
            boolean scalars = true;
            List<String> inline = new ArrayList<>();
            for (JsonNode element : node) {
                scalars &= element.isValueNode();
                inline.add(element.toString());
            }
            String oneLine = "[" + String.join(", ", inline) + "]";
            if (scalars && oneLine.length() + pad.length() < 100) {
                return oneLine;
            }
            List<String> elements = new ArrayList<>();
            node.forEach(element -> elements.add(pad + "  " + prettyJson(element, indent + 1)));
            return "[\n" + String.join(",\n", elements) + "\n" + pad + "]";
        }
        return node.toString();
    }

    private static String quote(String text) {
        return EventJson.mapper().getNodeFactory().textNode(text).toString();
    }
}
