package id.go.cilegon.ppid.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void deadLetterTopicNamesTheConsumer() {
        assertEquals(
                "ppid.opd.events.v1.request-service.dlq",
                Topics.deadLetter(Topics.OPD_EVENTS, Services.REQUEST_SERVICE));
        assertEquals(
                "ppid.request.events.v1.index-service.dlq", Topics.deadLetter(Topics.REQUEST_EVENTS, "index-service"));
    }

    @Test
    void deadLetterRejectsNamesThatWouldBreakTheConvention() {
        assertThrows(IllegalArgumentException.class, () -> Topics.deadLetter(Topics.OPD_EVENTS, "Request Service"));
        assertThrows(IllegalArgumentException.class, () -> Topics.deadLetter(Topics.OPD_EVENTS, "a.b"));
        assertThrows(NullPointerException.class, () -> Topics.deadLetter(Topics.OPD_EVENTS, null));
    }

    @Test
    void sources() {
        assertEquals("/ppid/routing-service", Services.source(Services.ROUTING_SERVICE));
        assertEquals("/ppid/opd/DINKES", Services.opdSystemSource("DINKES"));
        assertThrows(IllegalArgumentException.class, () -> Services.opdSystemSource("dinkes"));
    }
}
