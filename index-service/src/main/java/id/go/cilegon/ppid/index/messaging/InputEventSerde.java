package id.go.cilegon.ppid.index.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.EventJson;
import java.io.IOException;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Serde of {@link InputEvent}: the envelope fields beside the payload in the contracts' JSON. The fold reads events
 * on their own partitions, so this is only used if Kafka Streams ever has to repartition them.
 */
final class InputEventSerde {

    private InputEventSerde() {}

    static Serde<InputEvent> create() {
        return Serdes.serdeFrom(
                (topic, event) -> {
                    if (event == null) {
                        return null;
                    }
                    ObjectNode node = StateJson.mapper().createObjectNode();
                    node.put("type", event.type());
                    node.put("id", event.id());
                    node.put("time", event.time().toString());
                    node.set("payload", EventJson.mapper().valueToTree(event.payload()));
                    try {
                        return StateJson.mapper().writeValueAsBytes(node);
                    } catch (IOException e) {
                        throw new SerializationException("cannot write input event", e);
                    }
                },
                (topic, bytes) -> {
                    if (bytes == null) {
                        return null;
                    }
                    try {
                        JsonNode node = StateJson.mapper().readTree(bytes);
                        String type = node.get("type").asText();
                        Object payload =
                                EventCatalog.read(type, EventJson.mapper().writeValueAsBytes(node.get("payload")));
                        return new InputEvent(
                                type,
                                node.get("id").asText(),
                                Instant.parse(node.get("time").asText()),
                                payload);
                    } catch (IOException e) {
                        throw new SerializationException("cannot read input event", e);
                    }
                });
    }
}
