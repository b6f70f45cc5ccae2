package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.cilegon.ppid.contracts.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The table in {@link DesignTopics} is the one of DESIGN.md and covers exactly contracts' Topics.ALL. */
class DesignTableTest {

    private static final Map<String, String> NAMES = Map.of("request", "request-service", "routing",
            "routing-service", "notification", "notification-service", "index", "index-service",
            "dashboards", DesignTopics.DASHBOARDS, "OPD systems (external)", DesignTopics.OPD_SYSTEMS,
            "request-service", "request-service", "routing-service", "routing-service",
            "notification-service", "notification-service", "index-service", "index-service");

    @Test
    void coversEveryTopicOfContracts() {
        assertEquals(Topics.ALL, DesignTopics.TABLE.stream().map(DesignTopics.Row::topic).collect(Collectors.toList()));
    }

    @Test
    void equalsTheTableOfDesignMd() throws Exception {
        Path design = DeployPaths.repo().getParent().resolve("shared/DESIGN.md");
        assumeTrue(Files.exists(design), "shared/DESIGN.md is not beside the repository");
        List<DesignTopics.Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(design)) {
            if (!line.startsWith("| `ppid.")) {
                continue;
            }
            String[] cells = line.split("\\|");
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
        return Arrays.stream(trimmed.split(",")).map(String::trim)
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
