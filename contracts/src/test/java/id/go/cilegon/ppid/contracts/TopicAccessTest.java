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
    void contactDetailsAreWrittenAndReadByOneServiceEach() {
        TopicAccess contacts = TopicAccess.of(Topics.APPLICANT_CONTACTS).orElseThrow();
        assertEquals(List.of(Services.REQUEST_SERVICE), contacts.producers());
        assertEquals(List.of(Services.NOTIFICATION_SERVICE), contacts.consumers());
        assertTrue(contacts.restricted());
        assertTrue(contacts.compacted());
        assertEquals(1, TopicAccess.ALL.stream().filter(TopicAccess::restricted).count());
    }

    @Test
    void everyEventTypeIsProducedOnlyWhereTheTableSaysItsTopicIsWritten() {
        for (EventDefinition definition : EventCatalog.all()) {
            TopicAccess access = TopicAccess.of(definition.topic()).orElseThrow();
            assertFalse(access.producers().isEmpty(), definition.type());
        }
    }
}
