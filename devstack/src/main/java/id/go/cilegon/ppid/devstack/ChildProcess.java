package id.go.cilegon.ppid.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child process of the launcher (Keycloak, a service) with its output appended to a log file. It runs under a
 * tiny watchdog shell that stops it when the launcher dies without running its shutdown hook (kill -9, OOM), so
 * no orphaned server keeps the ports.
 */
final class ChildProcess {

    /** $1 = launcher pid, the rest = the command. */
    private static final String WATCHDOG = String.join(
            "\n",
            "launcher=$1; shift",
            "\"$@\" &",
            "child=$!",
            "trap 'kill -TERM $child 2>/dev/null; wait $child; exit 143' TERM INT HUP",
            "while kill -0 $child 2>/dev/null; do",
            "  if ! kill -0 $launcher 2>/dev/null; then kill -TERM $child 2>/dev/null; wait $child; exit 143; fi",
            "  sleep 1",
            "done",
            "wait $child");

    private final String name;
    private final Process process;

    private ChildProcess(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    /** Starts {@code command} in {@code dir} with exactly {@code env}, appending its output to {@code log}. */
    static ChildProcess start(String name, List<String> command, Path dir, Map<String, String> env, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        Files.writeString(
                log,
                System.lineSeparator() + Logs.RUN_HEADER
                        + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " ./ppid starts " + name
                        + ": "
                        + String.join(" ", command) + System.lineSeparator(),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        List<String> wrapped = new ArrayList<>(List.of(
                "/bin/sh",
                "-c",
                WATCHDOG,
                "ppid-" + name,
                Long.toString(ProcessHandle.current().pid())));
        wrapped.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(wrapped)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(env);
        return new ChildProcess(name, pb.start());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Exit code, or -1 while running. */
    int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** SIGTERM to the whole tree, then SIGKILL to whatever is still there after {@code grace}. */
    void stop(Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>();
        process.descendants().forEach(tree::add);
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle h : tree) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) {
                    h.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            } catch (Exception e) {
                // fall through to the forced kill
            }
        }
        for (ProcessHandle h : tree) {
            if (h.isAlive()) {
                System.out.println(
                        "  " + name + " did not stop within " + grace.toSeconds() + " s: killing pid " + h.pid());
                h.destroyForcibly();
            }
        }
    }
}
