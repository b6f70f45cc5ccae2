package id.go.cilegon.ppid.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The record and its JSON Schema say the same thing: same fields, same types and enum values, and a field is in
 * {@code required} exactly when the record's constructor rejects null for it (nullable fields also admit JSON null).
 */
class SchemaRecordAgreementTest {

    static Stream<EventDefinition> definitions() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void recordAndSchemaAgree(EventDefinition definition) {
        JsonNode root = Schemas.tree(definition);
        assertEquals(
                "https://json-schema.org/draft/2020-12/schema",
                root.path("$schema").asText());
        assertTrue(root.path("$id").asText().endsWith("/" + definition.type() + ".json"), "$id names the type");
        assertEquals(
                definition.payloadType().getSimpleName(), root.path("title").asText());
        assertDescribed(root, definition.type());

        compare(root, root, definition.payloadType(), SampleEvents.of(definition.type()), definition.type());
    }

    @Test
    void sharedDefinitionsAreIdenticalInEverySchema() {
        // $defs are copied into each schema so each file stands alone; copies must not drift.
        Map<String, JsonNode> seen = new HashMap<>();
        for (EventDefinition definition : EventCatalog.all()) {
            Schemas.tree(definition).path("$defs").fields().forEachRemaining(def -> {
                JsonNode first = seen.putIfAbsent(def.getKey(), def.getValue());
                if (first != null) {
                    assertTrue(
                            first.equals(def.getValue()),
                            "$defs/" + def.getKey() + " in " + definition.type()
                                    + " differs from the first schema that defines it");
                }
            });
        }
        assertEquals(
                Set.of(
                        "DecisionNotice",
                        "RoutingCandidate",
                        "Period",
                        "IndexComponent",
                        "IndexMeasures",
                        "ProvisionalDates",
                        "DateChange",
                        "CalendarDay"),
                seen.keySet());
    }

    private static void compare(JsonNode root, JsonNode schema, Class<?> recordType, Object sample, String where) {
        assertTrue(recordType.isRecord(), where + ": " + recordType + " is a record");
        assertNotNull(sample, where + ": the sample must set this nested record so it can be checked");
        assertEquals("object", schema.path("type").asText(), where + " type");
        assertTrue(schema.path("additionalProperties").asBoolean(false), where + " allows additional properties");
        assertDescribed(schema, where);

        RecordComponent[] components = recordType.getRecordComponents();
        Set<String> componentNames = Arrays.stream(components)
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> propertyNames = new LinkedHashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(propertyNames::add);
        assertEquals(
                List.copyOf(componentNames),
                List.copyOf(propertyNames),
                where + ": schema properties must be the record components, in order");

        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        Set<String> expectedRequired = new TreeSet<>();

        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String name = component.getName();
            String path = where + "." + name;
            JsonNode property = schema.path("properties").path(name);
            assertDescribed(property, path);

            boolean nullable = acceptsNull(recordType, components, sample, i);
            if (!nullable) {
                expectedRequired.add(name);
            }
            assertEquals(nullable, admitsNull(property), path + ": JSON null allowed exactly when nullable");

            Object value = value(component, sample);
            checkType(root, nonNull(property), component.getGenericType(), value, path);
        }
        assertEquals(expectedRequired, required, where + ": required must list exactly the non-nullable fields");
    }

    private static void checkType(JsonNode root, JsonNode schema, Type type, Object value, String path) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            assertEquals("string", schema.path("type").asText(), path);
        } else if (raw == UUID.class) {
            assertFormat(schema, "uuid", path);
        } else if (raw == Instant.class) {
            assertFormat(schema, "date-time", path);
        } else if (raw == LocalDate.class) {
            assertFormat(schema, "date", path);
        } else if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            assertEquals("integer", schema.path("type").asText(), path);
        } else if (raw == double.class || raw == Double.class) {
            assertEquals("number", schema.path("type").asText(), path);
        } else if (raw == boolean.class || raw == Boolean.class) {
            assertEquals("boolean", schema.path("type").asText(), path);
        } else if (raw.isEnum()) {
            assertEquals("string", schema.path("type").asText(), path);
            assertEquals(enumNames(raw), texts(schema.path("enum")), path + ": enum values");
        } else if (raw == List.class) {
            assertEquals("array", schema.path("type").asText(), path);
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            Object first = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : null;
            JsonNode items = schema.path("items");
            if (raw(element).isRecord()) {
                compare(root, EventSchemaTest.resolve(root, items), raw(element), first, path + "[]");
            } else {
                checkType(root, items, element, first, path + "[]");
                assertDescribed(items, path + "[]");
            }
        } else if (raw == Map.class) {
            assertEquals("object", schema.path("type").asText(), path);
            Type[] args = ((ParameterizedType) type).getActualTypeArguments();
            assertTrue(raw(args[0]).isEnum(), path + ": maps are keyed by an enum");
            assertEquals(
                    enumNames(raw(args[0])), texts(schema.path("propertyNames").path("enum")), path + " keys");
            assertEquals(
                    "integer", schema.path("additionalProperties").path("type").asText(), path + " values");
        } else if (raw.isRecord()) {
            String ref = schema.path("$ref").asText();
            assertEquals("#/$defs/" + raw.getSimpleName(), ref, path + ": nested records are $defs named after them");
            compare(root, EventSchemaTest.resolve(root, schema), raw, value, path);
        } else {
            fail(path + ": no JSON mapping for " + type);
        }
    }

    /**
     * Whether the canonical constructor accepts null for component {@code index}: rejected with a
     * NullPointerException means required; accepted, or rejected only by a rule tying it to another field
     * (IllegalArgumentException), means nullable. Primitives and collections (null becomes empty) are always
     * present on the wire.
     */
    private static boolean acceptsNull(Class<?> recordType, RecordComponent[] components, Object sample, int index) {
        RecordComponent component = components[index];
        if (component.getType().isPrimitive()
                || component.getType() == List.class
                || component.getType() == Map.class) {
            return false;
        }
        Object[] args = Arrays.stream(components).map(c -> value(c, sample)).toArray();
        args[index] = null;
        try {
            Constructor<?> canonical = recordType.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            Object built = canonical.newInstance(args);
            return component.getAccessor().invoke(built) == null;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof NullPointerException npe) {
                assertEquals(
                        component.getName(),
                        npe.getMessage(),
                        recordType.getSimpleName() + ": the NullPointerException must name the field");
                return false;
            }
            if (e.getCause() instanceof IllegalArgumentException) {
                return true;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object value(RecordComponent component, Object instance) {
        try {
            return component.getAccessor().invoke(instance);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean admitsNull(JsonNode property) {
        if (property.has("anyOf")) {
            for (JsonNode branch : property.get("anyOf")) {
                if ("null".equals(branch.path("type").asText())) {
                    return true;
                }
            }
            return false;
        }
        JsonNode type = property.path("type");
        if (type.isArray()) {
            boolean hasNull = false;
            for (JsonNode t : type) {
                hasNull |= "null".equals(t.asText());
            }
            if (hasNull && property.has("enum")) {
                assertTrue(texts(property.get("enum")).contains(null), "a nullable enum lists null: " + property);
            }
            return hasNull;
        }
        return false;
    }

    /** The schema of the non-null values of a property. */
    private static JsonNode nonNull(JsonNode property) {
        if (property.has("anyOf")) {
            for (JsonNode branch : property.get("anyOf")) {
                if (!"null".equals(branch.path("type").asText())) {
                    return branch;
                }
            }
        }
        JsonNode type = property.path("type");
        if (type.isArray()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = property.deepCopy();
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    copy.put("type", t.asText());
                }
            }
            if (copy.has("enum")) {
                com.fasterxml.jackson.databind.node.ArrayNode values = copy.putArray("enum");
                property.get("enum").forEach(v -> {
                    if (!v.isNull()) {
                        values.add(v);
                    }
                });
            }
            return copy;
        }
        return property;
    }

    private static void assertFormat(JsonNode schema, String format, String path) {
        assertEquals("string", schema.path("type").asText(), path);
        assertEquals(format, schema.path("format").asText(), path + " format");
    }

    private static void assertDescribed(JsonNode schema, String path) {
        assertFalse(schema.path("description").asText("").isBlank(), path + " needs a description");
    }

    private static List<String> enumNames(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(n -> values.add(n.isNull() ? null : n.asText()));
        return values;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new AssertionError("unsupported type " + type);
    }
}
