package id.go.cilegon.ppid.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The benchmark suite of issue 8 against a running bench platform (bench/run starts and stops it): runs the chosen
 * parts in order, prints one table (each figure, the raw limit measured in the same run, the ratio, the target) and
 * writes bench/results/&lt;timestamp&gt;.json and latest.json.
 */
public final class Bench {

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private Bench() {}

    /** Progress line on stderr, so stdout keeps the table. */
    static void log(String format, Object... args) {
        System.err.println(CLOCK.format(Instant.now()) + " " + String.format(format, args));
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Logger.getLogger("").setLevel(Level.WARNING);
        Logger.getLogger("org.apache.kafka").setLevel(Level.SEVERE);
        System.exit(new Runner(options).run());
    }

    /** One run of the suite. */
    static final class Runner {
        private final Options options;
        private final Platform platform;
        private final ResultTable table = new ResultTable();
        private final Map<String, Object> details = new LinkedHashMap<>();
        private final Map<String, String> failures = new LinkedHashMap<>();

        Runner(Options options) {
            this.options = options;
            this.platform = new Platform(options);
        }

        int run() throws IOException {
            Instant started = Instant.now();
            Map<String, Object> machine = Machine.describe();
            Runtime.getRuntime().addShutdownHook(new Thread(platform::stopStarted, "bench-stop"));
            platform.require(Platform.Service.REQUEST);
            Tokens tokens =
                    new Tokens(platform.realmUrl(), List.of(options.pipelineUsers.split(",")), options.password);
            Forms forms = new Forms();
            FootprintBench footprint = new FootprintBench(platform);
            IntakeBench intake =
                    new IntakeBench(platform, tokens, forms, options.parts.contains("footprint") ? footprint : null);
            SlaSweepBench sla = new SlaSweepBench(platform);
            PipelineBench pipeline = new PipelineBench(platform, tokens, forms);
            ReplayBench replay = new ReplayBench(platform);
            PortalBench portal = new PortalBench(platform);
            // run in the brief's order (footprint first: it restarts the services), report in the order
            if (options.parts.contains("footprint")) {
                part("footprint", footprint::run);
            }
            if (options.parts.contains("intake") || options.parts.contains("pipeline")) {
                part("warm-up", intake::warmUp);
            }
            if (options.parts.contains("intake")) {
                part("intake", intake::run);
            }
            if (options.parts.contains("sla")) {
                part("sla", sla::run);
            }
            if (options.parts.contains("pipeline")) {
                part("pipeline", pipeline::run);
            }
            if (options.parts.contains("replay")) {
                part("replay", replay::run);
            }
            if (options.parts.contains("portal")) {
                part("portal", portal::run);
            }
            if (options.parts.contains("intake")) {
                details.put("intake", intake.details());
                intake.addRows(table);
            }
            if (options.parts.contains("pipeline")) {
                details.put("pipeline", pipeline.details());
                pipeline.addRows(table);
            }
            if (options.parts.contains("replay")) {
                details.put("replay", replay.details());
                replay.addRows(table);
            }
            if (options.parts.contains("footprint")) {
                details.put("footprint", footprint.details());
                footprint.addRows(table);
            }
            if (options.parts.contains("sla")) {
                details.put("sla", sla.details());
                sla.addRows(table);
            }
            if (options.parts.contains("portal")) {
                details.put("portal", portal.details());
                portal.addRows(table);
            }
            platform.stopStarted();
            Instant finished = Instant.now();
            machine.put("load_average_end", Machine.loadAverage());

            StringBuilder out = new StringBuilder();
            out.append("\nPPID benchmarks, ")
                    .append(started)
                    .append(" to ")
                    .append(finished)
                    .append(options.quick ? " (--quick: smoke sizes)" : "")
                    .append('\n');
            out.append("machine: ")
                    .append(machine.get("cpu"))
                    .append(", ")
                    .append(machine.get("cores"))
                    .append(" cores, ")
                    .append(machine.get("memory_gb"))
                    .append(" GB, ")
                    .append(machine.get("java"))
                    .append(", load ")
                    .append(machine.get("load_average_start"))
                    .append(" -> ")
                    .append(machine.get("load_average_end"))
                    .append("\n\n");
            out.append(table.format());
            failures.forEach((part, why) -> out.append("  FAILED ")
                    .append(part)
                    .append(": ")
                    .append(why)
                    .append('\n'));
            System.out.println(out);

            Map<String, Object> result = new LinkedHashMap<>();
            result.put("started_at", started.toString());
            result.put("finished_at", finished.toString());
            result.put("machine", machine);
            result.put("options", options.describe());
            result.put("rows", table.toMaps());
            result.put("failures", failures);
            result.put("details", details);
            result.put("table", table.format());
            Files.createDirectories(options.resultsDir);
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                    .withZone(ZoneOffset.UTC)
                    .format(started);
            Path file = options.resultsDir.resolve(stamp + ".json");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), result);
            Files.copy(file, options.resultsDir.resolve("latest.json"), StandardCopyOption.REPLACE_EXISTING);
            System.out.println("results: " + file + " (and latest.json)");
            return failures.isEmpty() ? 0 : 1;
        }

        private interface Part {
            void run() throws Exception;
        }

        private void part(String name, Part part) {
            long t0 = System.nanoTime();
            log("== %s", name);
            try {
                part.run();
            } catch (Exception | Error e) {
                failures.put(name, e.toString());
                log("%s FAILED: %s", name, e);
                e.printStackTrace();
            }
            log("== %s took %.0f s", name, (System.nanoTime() - t0) / 1e9);
        }
    }
}
