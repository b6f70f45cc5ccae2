package id.go.cilegon.ppid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsAreTheIssuesSizes() {
        Options o = Options.parse(new String[0]);
        assertEquals(List.of(16, 64), o.clients);
        assertEquals(200, o.pipelineRate);
        assertEquals(Duration.ofSeconds(60), o.pipelineDuration);
        assertEquals(1_000_000, o.replayEvents);
        assertEquals(1_000_000, o.slaClocks);
        assertEquals(Duration.ofSeconds(90), o.jitWarmup);
        assertEquals(Options.ALL_PARTS, List.copyOf(o.parts));
    }

    @Test
    void quickShortensEverythingAndExplicitOptionsStillWin() {
        Options o = Options.parse(new String[] {"--pipeline-rate=20", "--quick", "--parts", "sla,intake"});
        assertTrue(o.quick);
        assertEquals(Duration.ofSeconds(10), o.intakeDuration);
        assertEquals(20, o.pipelineRate);
        assertEquals(Duration.ofSeconds(30), o.jitWarmup);
        assertEquals(List.of("sla", "intake"), List.copyOf(o.parts));
        assertEquals(Duration.ZERO, Options.parse(new String[] {"--quick", "--jit-warmup", "0s"}).jitWarmup);
    }

    @Test
    void durationsAndBadInput() {
        assertEquals(Duration.ofMillis(500), Options.duration("500ms"));
        assertEquals(Duration.ofMinutes(2), Options.duration("2m"));
        assertEquals(Duration.ofSeconds(45), Options.duration("45"));
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--parts", "everything"}));
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--sla-clocks", "-1"}));
    }
}
