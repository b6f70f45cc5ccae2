package id.go.cilegon.ppid.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    private static final Instant TIME = Instant.parse("2026-11-02T02:15:30.123Z");

    @Test
    void writeThenReadGivesTheSameMetadata() {
        EventMetadata meta = EventMetadata.of(
                EventTypes.REQUEST_SUBMITTED,
                Services.source(Services.REQUEST_SERVICE),
                SampleEvents.REQUEST_ID.toString(),
                TIME);
        Headers headers = new RecordHeaders();

        CloudEventHeaders.write(headers, meta);

        assertEquals(meta, CloudEventHeaders.read(headers));
        assertEquals("1.0", text(headers, "ce_specversion"));
        assertEquals("id.go.cilegon.ppid.request.submitted.v2", text(headers, "ce_type"));
        assertEquals("/ppid/request-service", text(headers, "ce_source"));
        assertEquals("2026-11-02T02:15:30.123Z", text(headers, "ce_time"));
        assertEquals(SampleEvents.REQUEST_ID.toString(), text(headers, "ce_subject"));
        assertEquals("application/json", text(headers, "content-type"));
        UUID.fromString(meta.id());
    }

    @Test
    void metadataForAPayloadTakesTypeAndSubjectFromTheCatalog() {
        EventMetadata meta =
                EventMetadata.of(SampleEvents.opdIndexUpdated(), Services.source(Services.INDEX_SERVICE), TIME);

        assertEquals(EventTypes.INDEX_OPD_UPDATED, meta.type());
        assertEquals("DISPERKIM|2026-11", meta.subject());
    }

    @Test
    void writingTwiceReplacesInsteadOfDuplicating() {
        Headers headers = new RecordHeaders();
        CloudEventHeaders.write(headers, EventMetadata.of(EventTypes.REQUEST_SUBMITTED, "/ppid/a", "s", TIME));
        EventMetadata second = EventMetadata.of(EventTypes.REQUEST_DECIDED, "/ppid/b", null, TIME);

        CloudEventHeaders.write(headers, second);

        assertEquals(1, countHeaders(headers, "ce_type"));
        assertEquals(second, CloudEventHeaders.read(headers));
        assertNull(headers.lastHeader("ce_subject"));
    }

    @Test
    void missingTypeIsRejectedByName() {
        Headers headers = validHeaders();
        headers.remove("ce_type");

        InvalidEventException e = assertThrows(InvalidEventException.class, () -> CloudEventHeaders.read(headers));

        assertTrue(e.getMessage().contains("ce_type"), e.getMessage());
    }

    @Test
    void anIdThatIsNotAUuidIsRefused() {
        for (String id : new String[] {"x".repeat(300), "1-1-1-1-1", UUID.randomUUID() + " "}) {
            Headers headers = validHeaders();
            headers.remove("ce_id");
            headers.add("ce_id", id.getBytes(StandardCharsets.UTF_8));
            InvalidEventException e =
                    assertThrows(InvalidEventException.class, () -> CloudEventHeaders.read(headers), id);
            assertTrue(e.getMessage().contains("ce_id"), e.getMessage());
            assertTrue(e.getMessage().length() < 200, "the message does not repeat a long value whole");
        }
    }

    @Test
    void anAttributeTooLongOrWithAControlCharacterIsRefused() {
        for (String[] bad : new String[][] {
            {"ce_type", "t".repeat(201)}, {"ce_source", "/ppid/a\u0000b"}, {"ce_subject", "DLH\nforged log line"}
        }) {
            Headers headers = validHeaders();
            headers.remove(bad[0]);
            headers.add(bad[0], bad[1].getBytes(StandardCharsets.UTF_8));
            InvalidEventException e =
                    assertThrows(InvalidEventException.class, () -> CloudEventHeaders.read(headers), bad[0]);
            assertTrue(e.getMessage().contains(bad[0]), e.getMessage());
        }
    }

    @Test
    void everyRequiredHeaderIsChecked() {
        for (String name : new String[] {"ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time"}) {
            Headers headers = validHeaders();
            headers.remove(name);
            InvalidEventException e =
                    assertThrows(InvalidEventException.class, () -> CloudEventHeaders.read(headers), name);
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
    }

    @Test
    void invalidValuesAreRejectedByName() {
        assertRejected("ce_specversion", "0.3");
        assertRejected("ce_time", "yesterday");
        assertRejected("ce_id", " ");
        assertRejected("content-type", "application/avro");
    }

    @Test
    void subjectIsOptionalAndTimeMayCarryAnOffset() {
        Headers headers = validHeaders();
        headers.remove("ce_subject");
        headers.remove("ce_time");
        headers.add("ce_time", "2026-11-02T09:15:30+07:00".getBytes(StandardCharsets.UTF_8));
        headers.remove("content-type");
        headers.add("content-type", "application/json; charset=utf-8".getBytes(StandardCharsets.UTF_8));

        EventMetadata meta = CloudEventHeaders.read(headers);

        assertNull(meta.subject());
        assertEquals(Instant.parse("2026-11-02T02:15:30Z"), meta.time());
    }

    @Test
    void noHeadersAtAll() {
        assertThrows(InvalidEventException.class, () -> CloudEventHeaders.read(new RecordHeaders()));
        assertThrows(InvalidEventException.class, () -> CloudEventHeaders.read(null));
    }

    @Test
    void deadLetterHeadersKeepTheEnvelope() {
        Headers headers = validHeaders();

        CloudEventHeaders.writeDeadLetter(
                headers,
                CloudEventHeaders.DLQ_REASON_INVALID_EVENT,
                new InvalidEventException("missing CloudEvents header ce_type"),
                Topics.OPD_EVENTS,
                2,
                4711L,
                Services.REQUEST_SERVICE);

        assertEquals("invalid-event", text(headers, "ppid_dlq_reason"));
        assertEquals(
                InvalidEventException.class.getName() + ": missing CloudEvents header ce_type",
                text(headers, "ppid_dlq_exception"));
        assertEquals("ppid.opd.events.v1", text(headers, "ppid_dlq_original_topic"));
        assertEquals("2", text(headers, "ppid_dlq_original_partition"));
        assertEquals("4711", text(headers, "ppid_dlq_original_offset"));
        assertEquals("request-service", text(headers, "ppid_dlq_consumer"));
        assertEquals(
                EventTypes.REQUEST_SUBMITTED, CloudEventHeaders.read(headers).type());
    }

    private static void assertRejected(String header, String value) {
        Headers headers = validHeaders();
        headers.remove(header);
        headers.add(header, value.getBytes(StandardCharsets.UTF_8));
        InvalidEventException e =
                assertThrows(InvalidEventException.class, () -> CloudEventHeaders.read(headers), header);
        assertTrue(e.getMessage().contains(header), e.getMessage());
    }

    private static Headers validHeaders() {
        Headers headers = new RecordHeaders();
        CloudEventHeaders.write(
                headers,
                EventMetadata.of(
                        EventTypes.REQUEST_SUBMITTED,
                        "/ppid/request-service",
                        SampleEvents.REQUEST_ID.toString(),
                        TIME));
        return headers;
    }

    private static String text(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static int countHeaders(Headers headers, String name) {
        int count = 0;
        for (var ignored : headers.headers(name)) {
            count++;
        }
        return count;
    }
}
