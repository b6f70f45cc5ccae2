package id.go.cilegon.ppid.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/events.md shows, for every event type, a field table and an example generated from the schemas and
 * {@link SampleEvents}; this test fails when the document drifts. To regenerate the blocks in place run
 * {@code ./mvnw -pl contracts test -Dtest=EventsDocTest -Dppid.docs.update=true} (or set PPID_DOCS_UPDATE=true).
 */
class EventsDocTest {

    private static final Path DOC = Path.of("..", "docs", "events.md");
    private static final Pattern BLOCK =
            Pattern.compile("(<!-- generated:(\\S+) -->\\n)(.*?)(<!-- /generated -->)", Pattern.DOTALL);

    @Test
    void generatedBlocksMatchSchemasAndSamples() throws IOException {
        assertTrue(Files.exists(DOC), "missing " + DOC.toAbsolutePath().normalize());
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);

        Map<String, String> expected = new LinkedHashMap<>();
        for (EventDefinition definition : EventCatalog.all()) {
            expected.put(definition.type(), EventDocRenderer.render(definition));
        }

        if (updateRequested()) {
            Files.writeString(DOC, rewrite(doc, expected), StandardCharsets.UTF_8);
            doc = Files.readString(DOC, StandardCharsets.UTF_8);
        }

        Map<String, String> actual = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(doc);
        while (m.find()) {
            assertTrue(actual.put(m.group(2), m.group(3)) == null, "block " + m.group(2) + " appears twice");
        }
        assertEquals(
                List.copyOf(expected.keySet()),
                List.copyOf(actual.keySet()),
                "docs/events.md needs one generated block per event type, in catalog order");
        List<String> stale = new ArrayList<>();
        expected.forEach((type, text) -> {
            if (!text.equals(actual.get(type))) {
                stale.add(type);
            }
        });
        assertTrue(
                stale.isEmpty(),
                "docs/events.md is out of date for " + stale
                        + "; regenerate with ./mvnw -pl contracts test -Dtest=EventsDocTest -Dppid.docs.update=true");
    }

    @Test
    void everyTopicIsDocumentedWithItsDeadLetterConvention() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (String topic : Topics.ALL) {
            assertTrue(doc.contains("### `" + topic + "`"), "docs/events.md has no section for " + topic);
        }
        assertTrue(doc.contains(Topics.deadLetter(Topics.OPD_EVENTS, Services.REQUEST_SERVICE)));
        for (String header : List.of(
                CloudEventHeaders.SPECVERSION,
                CloudEventHeaders.ID,
                CloudEventHeaders.SOURCE,
                CloudEventHeaders.TYPE,
                CloudEventHeaders.TIME,
                CloudEventHeaders.SUBJECT,
                CloudEventHeaders.CONTENT_TYPE,
                CloudEventHeaders.DLQ_REASON,
                CloudEventHeaders.DLQ_EXCEPTION,
                CloudEventHeaders.DLQ_ORIGINAL_TOPIC,
                CloudEventHeaders.DLQ_ORIGINAL_PARTITION,
                CloudEventHeaders.DLQ_ORIGINAL_OFFSET,
                CloudEventHeaders.DLQ_CONSUMER)) {
            assertTrue(doc.contains("`" + header + "`"), "docs/events.md does not mention header " + header);
        }
    }

    private static String rewrite(String doc, Map<String, String> expected) {
        Matcher m = BLOCK.matcher(doc);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String text = expected.getOrDefault(m.group(2), m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + text + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean updateRequested() {
        return Boolean.getBoolean("ppid.docs.update") || "true".equalsIgnoreCase(System.getenv("PPID_DOCS_UPDATE"));
    }
}
