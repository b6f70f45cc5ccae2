package id.go.cilegon.ppid.devstack;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * Log files: the in-process parts log through SLF4J into java.util.logging, which this class routes into
 * {@code kafka.log}, {@code mail.log} and {@code launcher.log}, so the terminal shows only the launcher's own lines.
 */
final class Logs {

    /** java.util.logging holds loggers weakly: a collected one would lose its handler. */
    private static final List<Logger> KEEP = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Logs() {}

    /** Routes java.util.logging into files under {@code dir}. */
    static void install(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(fileHandler(dir.resolve("launcher.log")));
        route(List.of("kafka", "org.apache.kafka", "state.change.logger"), fileHandler(dir.resolve("kafka.log")));
        route(List.of("com.icegreen"), fileHandler(dir.resolve("mail.log")));
    }

    private static void route(List<String> loggers, Handler handler) {
        for (String name : loggers) {
            Logger logger = Logger.getLogger(name);
            logger.setUseParentHandlers(false);
            logger.addHandler(handler);
            KEEP.add(logger);
        }
    }

    private static Handler fileHandler(Path file) {
        try {
            StreamHandler h = new StreamHandler(new FileOutputStream(file.toFile(), true), new LineFormatter()) {
                @Override
                public synchronized void publish(LogRecord record) {
                    super.publish(record);
                    flush();
                }
            };
            h.setEncoding(StandardCharsets.UTF_8.name());
            return h;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Header line {@link ChildProcess} writes before each start; earlier runs are history. */
    static final String RUN_HEADER = "===== ";

    /** The last {@code lines} lines of a log file, from the latest run only, for failure messages. */
    static String tail(Path file, int lines) {
        if (file == null || !Files.isRegularFile(file)) {
            return "(no log file)";
        }
        try {
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            int from = Math.max(0, all.size() - lines);
            for (int i = all.size() - 1; i >= from; i--) {
                if (all.get(i).startsWith(RUN_HEADER)) {
                    from = i;
                    break;
                }
            }
            return String.join(System.lineSeparator(), all.subList(from, all.size()));
        } catch (IOException | RuntimeException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** One line per record: time, level, logger, message, stack trace. */
    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder sb = new StringBuilder()
                    .append(String.format(
                            "%1$tF %1$tT.%1$tL %2$-7s [%3$s] %4$s",
                            r.getMillis(), r.getLevel(), r.getLoggerName(), formatMessage(r)))
                    .append(System.lineSeparator());
            if (r.getThrown() != null) {
                java.io.StringWriter sw = new java.io.StringWriter();
                r.getThrown().printStackTrace(new java.io.PrintWriter(sw));
                sb.append(sw);
            }
            return sb.toString();
        }
    }
}
