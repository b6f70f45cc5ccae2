package id.go.cilegon.ppid.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code asyncapi.json} (AsyncAPI 3.0, shipped in the contracts jar beside the schemas) is generated
 * from {@link TopicAccess}, {@link EventCatalog} and the schemas; this test fails when it drifts.
 * Regenerate with {@code ./mvnw -pl contracts test -Dtest=AsyncApiDocTest -Dppid.docs.update=true}.
 */
class AsyncApiDocTest {

    private static final Path DOC = Path.of("src", "main", "resources", "asyncapi.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void documentMatchesTheCatalog() throws IOException {
        String expected = JSON.writeValueAsString(render()) + "\n";
        if (Boolean.getBoolean("ppid.docs.update") || "true".equalsIgnoreCase(System.getenv("PPID_DOCS_UPDATE"))) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(DOC), "missing " + DOC.toAbsolutePath());
        assertEquals(
                expected,
                Files.readString(DOC, StandardCharsets.UTF_8),
                "asyncapi.json is out of date; regenerate with ./mvnw -pl contracts test -Dtest=AsyncApiDocTest "
                        + "-Dppid.docs.update=true");
    }

    @Test
    void everyEventTypeHasAMessageOnItsTopicsChannel() {
        ObjectNode doc = render();
        for (EventDefinition definition : EventCatalog.all()) {
            String channel = channelId(definition.topic());
            assertTrue(
                    doc.path("channels").path(channel).path("messages").has(messageId(definition)),
                    definition.type() + " missing on " + channel);
        }
    }

    private static ObjectNode render() {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "PPID platform events");
        info.put("version", "1.0.0");
        info.put(
                "description",
                "Every Kafka topic of the PPID platform (UU 14/2008 public-information requests): "
                        + "who writes it, who reads it, and each event type with its JSON Schema. Events are CloudEvents 1.0 "
                        + "in Kafka binary mode; the Kafka key is the aggregate id. See docs/events.md.");
        doc.put("defaultContentType", CloudEventHeaders.APPLICATION_JSON);
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode messages = doc.putObject("components").putObject("messages");
        doc.with("components").set("messageTraits", messageTraits());
        for (TopicAccess access : TopicAccess.ALL) {
            String channelId = channelId(access.topic());
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", access.topic());
            channel.put(
                    "description",
                    "Key: " + access.key() + ". Written by " + String.join(", ", access.producers())
                            + "; read by " + String.join(", ", access.consumers()) + "."
                            + (access.compacted()
                                    ? " Compacted: the latest value per key is the state; a tombstone deletes it."
                                    : "")
                            + (access.restricted()
                                    ? " Restricted: carries personal data, readable by its consumers alone."
                                    : ""));
            ObjectNode kafka = channel.putObject("bindings").putObject("kafka");
            kafka.put("topic", access.topic());
            kafka.putObject("topicConfiguration")
                    .putArray("cleanup.policy")
                    .add(access.compacted() ? "compact" : "delete");
            ObjectNode channelMessages = channel.putObject("messages");
            ArrayNode refs = JSON.createArrayNode();
            for (EventDefinition definition : EventCatalog.all()) {
                if (!definition.topic().equals(access.topic())) {
                    continue;
                }
                String id = messageId(definition);
                channelMessages.putObject(id).put("$ref", "#/components/messages/" + id);
                refs.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + id);
                ObjectNode message = messages.putObject(id);
                message.put("name", definition.type());
                message.put("title", definition.payloadType().getSimpleName());
                message.putArray("traits").addObject().put("$ref", "#/components/messageTraits/cloudEvent");
                message.putObject("payload").put("$ref", definition.schemaPath());
            }
            for (String producer : access.producers()) {
                ObjectNode operation = operations.putObject(camel(producer) + "Sends" + capital(channelId));
                operation.put("action", "send");
                operation.put("summary", producer + " writes " + access.topic());
                operation.putObject("channel").put("$ref", "#/channels/" + channelId);
                operation.set("messages", refs.deepCopy());
            }
            for (String consumer : access.consumers()) {
                ObjectNode operation = operations.putObject(camel(consumer) + "Receives" + capital(channelId));
                operation.put("action", "receive");
                operation.put("summary", consumer + " reads " + access.topic());
                operation.putObject("channel").put("$ref", "#/channels/" + channelId);
                operation.set("messages", refs.deepCopy());
            }
        }
        return doc;
    }

    private static ObjectNode messageTraits() {
        ObjectNode traits = JSON.createObjectNode();
        ObjectNode cloudEvent = traits.putObject("cloudEvent");
        ObjectNode headers = cloudEvent.putObject("headers");
        headers.put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        List<String[]> fields = List.of(
                new String[] {CloudEventHeaders.SPECVERSION, "CloudEvents version, 1.0"},
                new String[] {CloudEventHeaders.ID, "unique event id; consumers deduplicate on it"},
                new String[] {CloudEventHeaders.SOURCE, "the producer, e.g. /ppid/request-service or /ppid/opd/DLH"},
                new String[] {CloudEventHeaders.TYPE, "the event type, id.go.cilegon.ppid.<aggregate>.<event>.v<N>"},
                new String[] {CloudEventHeaders.TIME, "when it happened, RFC 3339 UTC"},
                new String[] {CloudEventHeaders.SUBJECT, "the aggregate id, equal to the Kafka key"},
                new String[] {CloudEventHeaders.CONTENT_TYPE, "application/json"});
        ArrayNode required = headers.putArray("required");
        for (String[] field : fields) {
            properties.putObject(field[0]).put("type", "string").put("description", field[1]);
            if (!field[0].equals(CloudEventHeaders.SUBJECT) && !field[0].equals(CloudEventHeaders.CONTENT_TYPE)) {
                required.add(field[0]);
            }
        }
        cloudEvent.putObject("bindings").putObject("kafka").putObject("key").put("type", "string");
        return traits;
    }

    private static String channelId(String topic) {
        String[] parts = topic.replace("ppid.", "").replace(".v1", "").split("[.-]");
        StringBuilder id = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            id.append(capital(parts[i]));
        }
        return id.toString();
    }

    private static String messageId(EventDefinition definition) {
        return definition.payloadType().getSimpleName();
    }

    private static String camel(String name) {
        return channelId(name);
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
