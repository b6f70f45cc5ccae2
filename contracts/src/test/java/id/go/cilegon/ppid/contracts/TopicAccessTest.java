package id.go.cilegon.ppid.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicAccessTest {

    @Test
    void everyTopicHasExactlyOneRowInTopicOrder() {
        assertEquals(
                Topics.ALL, TopicAccess.ALL.stream().map(TopicAccess::topic).toList());
    }

    @Test
    void personalDataIsWrittenAndReadByOneServiceEachOnCompactedTopicsAnErasureCanReach() {
        TopicAccess contacts = TopicAccess.of(Topics.APPLICANT_CONTACTS).orElseThrow();
        assertEquals(List.of(Services.REQUEST_SERVICE), contacts.producers());
        assertEquals(List.of(Services.NOTIFICATION_SERVICE), contacts.consumers());
        TopicAccess texts = TopicAccess.of(Topics.REQUEST_TEXTS).orElseThrow();
        assertEquals(List.of(Services.REQUEST_SERVICE), texts.producers());
        assertEquals(List.of(Services.ROUTING_SERVICE), texts.consumers());
        assertEquals(
                List.of(contacts, texts),
                TopicAccess.ALL.stream().filter(TopicAccess::restricted).toList());
        assertTrue(contacts.compacted());
        assertTrue(texts.compacted());
    }

    /** The portal is a client like any other (DESIGN.md): it writes nothing and reads only the published index. */
    @Test
    void thePortalReadsTheIndexTopicsAndWritesNothing() {
        assertEquals(
                List.of(Topics.INDEX_OPD, Topics.INDEX_CITY),
                TopicAccess.ALL.stream()
                        .filter(access -> access.consumers().contains(Services.PORTAL))
                        .map(TopicAccess::topic)
                        .toList());
        assertTrue(
                TopicAccess.ALL.stream().noneMatch(access -> access.producers().contains(Services.PORTAL)));
    }

    @Test
    void everyEventTypeIsProducedOnlyWhereTheTableSaysItsTopicIsWritten() {
        for (EventDefinition definition : EventCatalog.all()) {
            TopicAccess access = TopicAccess.of(definition.topic()).orElseThrow();
            assertFalse(access.producers().isEmpty(), definition.type());
        }
    }
}
