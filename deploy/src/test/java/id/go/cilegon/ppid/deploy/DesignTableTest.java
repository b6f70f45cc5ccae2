package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The table in {@link DesignTopics} covers exactly contracts' Topics.ALL and equals the "Topics" table of the event
 * catalog, docs/events.md, which carries DESIGN.md's producer/consumer table inside this repository (DESIGN.md itself
 * lives beside it, in the team's shared folder, so a check against it could not run on a clean clone).
 */
class DesignTableTest {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("request", "request-service"),
            Map.entry("routing", "routing-service"),
            Map.entry("notification", "notification-service"),
            Map.entry("index", "index-service"),
            Map.entry("dashboards", DesignTopics.DASHBOARDS),
            Map.entry("portal", Services.PORTAL),
            Map.entry("routing (for the OPD systems)", "routing-service"),
            Map.entry("request-service", "request-service"),
            Map.entry("routing-service", "routing-service"),
            Map.entry("notification-service", "notification-service"),
            Map.entry("index-service", "index-service"));

    @Test
    void coversEveryTopicOfContracts() {
        assertEquals(
                Topics.ALL,
                DesignTopics.TABLE.stream().map(DesignTopics.Row::topic).collect(Collectors.toList()));
    }

    @Test
    void equalsTheTableOfTheEventCatalog() throws Exception {
        Path catalog = DeployPaths.repo().resolve("docs/events.md");
        List<DesignTopics.Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(catalog)) {
            if (!line.startsWith("| `ppid.")) {
                continue;
            }
            // An escaped pipe (the key `<opdCode>\|<period>`) stays inside its cell.
            String[] cells = line.split("(?<!\\\\)\\|");
            String topic = cells[1].trim().replaceAll("`([^`]+)`.*", "$1");
            rows.add(new DesignTopics.Row(topic, parties(cells[3]), parties(cells[4])));
        }
        assertEquals(DesignTopics.TABLE, rows);
    }

    private static List<String> parties(String cell) {
        String trimmed = cell.trim();
        if (NAMES.containsKey(trimmed)) {
            return List.of(NAMES.get(trimmed));
        }
        return Arrays.stream(trimmed.split(","))
                .map(String::trim)
                .map(p -> {
                    String name = NAMES.get(p);
                    if (name == null) {
                        throw new AssertionError("unknown party in DESIGN.md: " + p);
                    }
                    return name;
                })
                .collect(Collectors.toList());
    }
}
