package id.go.cilegon.ppid.index;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.EventDefinition;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Publishes events on the embedded broker as their producers would: CloudEvents headers, aggregate id as key. */
public final class Publish {

    private Publish() {}

    public static String event(EventPayload payload) {
        EventDefinition definition = EventCatalog.forPayload(payload.getClass());
        String id = java.util.UUID.randomUUID().toString();
        KafkaTestClient.send(
                definition.topic(),
                payload.key(),
                EventJson.writeString(payload),
                headers(id, definition.type(), payload.key()));
        return id;
    }

    public static void events(EventPayload... payloads) {
        for (EventPayload payload : payloads) {
            event(payload);
        }
    }

    public static Map<String, String> headers(String id, String type, String subject) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPECVERSION, CloudEventHeaders.SPEC_VERSION);
        headers.put(CloudEventHeaders.ID, id);
        headers.put(CloudEventHeaders.SOURCE, "/ppid/test");
        headers.put(CloudEventHeaders.TYPE, type);
        headers.put(CloudEventHeaders.TIME, Instant.now().toString());
        headers.put(CloudEventHeaders.SUBJECT, subject);
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
        return headers;
    }
}
