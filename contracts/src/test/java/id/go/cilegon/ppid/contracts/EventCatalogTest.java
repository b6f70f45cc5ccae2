package id.go.cilegon.ppid.contracts;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog is complete: every type, topic, payload and schema file is accounted for, once. */
class EventCatalogTest {

    private static final Pattern CE_TYPE =
            Pattern.compile("^id\\.go\\.cilegon\\.ppid\\.[a-z]+\\.[a-z]+(-[a-z]+)*\\.v\\d+$");

    @Test
    void everyTypeConstantIsInTheCatalog() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>(constantValues(EventTypes.class));
        Set<String> catalog =
                EventCatalog.all().stream().map(EventDefinition::type).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(constants, catalog);
        assertEquals(catalog.size(), EventCatalog.all().size(), "no type is defined twice");
    }

    @Test
    void typesFollowTheNamingRule() throws IllegalAccessException {
        for (Field field : EventTypes.class.getDeclaredFields()) {
            if (!isConstant(field)) {
                continue;
            }
            String type = (String) field.get(null);
            assertTrue(CE_TYPE.matcher(type).matches(), type);
            // REQUEST_OBJECTION_FILED <-> request.objection-filed
            String expectedName = type.substring("id.go.cilegon.ppid.".length(), type.lastIndexOf(".v"))
                    .replace('.', '_')
                    .replace('-', '_')
                    .toUpperCase();
            assertEquals(expectedName, field.getName(), type);
        }
    }

    @Test
    void everyCatalogTopicIsInTopicsAll() throws IllegalAccessException {
        for (EventDefinition definition : EventCatalog.all()) {
            assertTrue(Topics.ALL.contains(definition.topic()), definition.topic());
        }
        assertEquals(
                new HashSet<>(constantValues(Topics.class)),
                new HashSet<>(Topics.ALL),
                "ALL lists every topic constant");
        assertEquals(Topics.ALL.size(), new HashSet<>(Topics.ALL).size());
        assertTrue(Topics.ALL.containsAll(Topics.COMPACTED));
    }

    @Test
    void everyTopicCarriesAtLeastOneEventType() {
        for (String topic : Topics.ALL) {
            assertTrue(!EventCatalog.forTopic(topic).isEmpty(), topic);
        }
    }

    @Test
    void everyCatalogEntryHasItsSchemaFile() throws IOException {
        for (EventDefinition definition : EventCatalog.all()) {
            assertEquals("schemas/" + definition.type() + ".json", definition.schemaPath());
            try (var in = definition.openSchema()) {
                assertNotNull(in, definition.schemaPath());
            }
        }
    }

    @Test
    void everySchemaFileBelongsToACatalogEntry() throws IOException, URISyntaxException {
        Path dir = Path.of(
                EventCatalog.class.getClassLoader().getResource("schemas").toURI());
        Set<String> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.map(p -> "schemas/" + p.getFileName()).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = EventCatalog.all().stream()
                .map(EventDefinition::schemaPath)
                .collect(Collectors.toCollection(TreeSet::new));
        // A superseded type keeps its schema: it describes the records of it still on the topics.
        EventTypes.SUPERSEDED.keySet().forEach(type -> expected.add(EventCatalog.schemaPath(type)));

        assertEquals(expected, files);
    }

    @Test
    void aSupersededTypeIsReadAsItsSuccessorAndKeepsNoneOfTheDroppedWords() throws IOException {
        String v1 = "id.go.cilegon.ppid.request.submitted.v1";
        ObjectNode old = EventJson.mapper().valueToTree(SampleEvents.requestSubmitted());
        old.put("informationDetails", "Salinan RAB jalan lingkungan Kelurahan Ciwaduk 2025");
        old.put("purpose", "Kajian forum warga");
        byte[] json = EventJson.mapper().writeValueAsBytes(old);
        assertEquals(List.of(), Schemas.errorsAgainst(EventCatalog.schemaPath(v1), new String(json, UTF_8)));

        assertEquals(EventTypes.REQUEST_SUBMITTED, EventCatalog.currentType(v1));
        assertEquals(
                EventTypes.REQUEST_SUBMITTED,
                EventCatalog.byType(v1).orElseThrow().type());
        assertEquals(SampleEvents.requestSubmitted(), EventCatalog.read(v1, json));
        assertEquals(EventTypes.SLA_WARNING, EventCatalog.currentType(EventTypes.SLA_WARNING));
        EventTypes.SUPERSEDED.forEach((type, successor) -> {
            assertTrue(EventCatalog.byType(successor).isPresent(), successor);
            assertTrue(EventCatalog.byType(type).isPresent(), type);
        });
    }

    @Test
    void everySamplePayloadIsInTheCatalogAndEveryTypeHasASample() {
        assertEquals(
                EventCatalog.all().stream().map(EventDefinition::type).toList(),
                List.copyOf(SampleEvents.all().keySet()),
                "one sample per type, in catalog order");
    }

    @Test
    void lookupByTypeAndByPayload() {
        for (EventDefinition definition : EventCatalog.all()) {
            assertEquals(definition, EventCatalog.byType(definition.type()).orElseThrow());
            assertEquals(definition, EventCatalog.forPayload(definition.payloadType()));
            assertTrue(EventPayload.class.isAssignableFrom(definition.payloadType()), definition.type());
        }
        assertTrue(
                EventCatalog.byType("id.go.cilegon.ppid.request.submitted.v3").isEmpty());
        assertTrue(EventCatalog.byType(null).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> EventCatalog.forPayload(String.class));
    }

    @Test
    void readDispatchesOnTheType() {
        EventPayload sample = SampleEvents.requestDecided();

        Object read = EventCatalog.read(EventTypes.REQUEST_DECIDED, EventJson.write(sample));

        assertEquals(sample, read);
        assertThrows(
                InvalidEventException.class,
                () -> EventCatalog.read("id.go.cilegon.ppid.unknown.v1", EventJson.write(sample)));
    }

    @Test
    void requestScopedEventsAreKeyedByRequestIdAndOthersByTheirAggregate() {
        for (EventDefinition definition : EventCatalog.all()) {
            EventPayload sample = SampleEvents.of(definition.type());
            switch (definition.topic()) {
                case Topics.REQUEST_EVENTS, Topics.ROUTING_EVENTS, Topics.SLA_EVENTS -> {
                    assertTrue(sample instanceof RequestEvent, definition.type());
                    assertEquals(((RequestEvent) sample).requestId().toString(), sample.key());
                }
                case Topics.OPD_EVENTS, Topics.DIRECTORY ->
                    assertTrue(Checks.OPD_CODE.matcher(sample.key()).matches(), definition.type());
                case Topics.APPLICANT_CONTACTS -> assertEquals(SampleEvents.APPLICANT_ID.toString(), sample.key());
                case Topics.REQUEST_TEXTS -> assertEquals(SampleEvents.REQUEST_ID.toString(), sample.key());
                case Topics.INDEX_OPD -> assertEquals("DISPERKIM|2026-11", sample.key());
                case Topics.INDEX_CITY -> assertEquals("2026", sample.key());
                case Topics.CALENDAR -> assertEquals("2027", sample.key());
                default -> throw new AssertionError(definition.topic());
            }
        }
    }

    private static List<String> constantValues(Class<?> type) throws IllegalAccessException {
        List<String> values = new java.util.ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (isConstant(field)) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }

    private static boolean isConstant(Field field) {
        int m = field.getModifiers();
        return Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && field.getType() == String.class;
    }

    @Test
    void noPayloadOutsideTheApplicantTopicHasPersonalDataFields() {
        Set<String> personal = Set.of("name", "fullName", "nik", "email", "phone", "address", "applicantName");
        for (EventDefinition definition : EventCatalog.all()) {
            if (definition.topic().equals(Topics.APPLICANT_CONTACTS)) {
                continue;
            }
            Set<String> fields = Arrays.stream(definition.payloadType().getRecordComponents())
                    .map(c -> c.getName())
                    .collect(Collectors.toSet());
            fields.retainAll(personal);
            if (definition.topic().equals(Topics.DIRECTORY)) {
                // An OPD's official name is not personal data.
                fields.remove("name");
            }
            assertTrue(fields.isEmpty(), definition.type() + " carries " + fields);
        }
    }
}
