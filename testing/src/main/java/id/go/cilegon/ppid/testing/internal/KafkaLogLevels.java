package id.go.cilegon.ppid.testing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns the embedded broker's own loggers down to WARN so that test output shows the service, not the broker. */
final class KafkaLogLevels {

    // Server-side categories, plus the config dumps (some hundred lines per broker start, and per client too).
    // The services' own Kafka clients (org.apache.kafka.clients) keep their levels.
    private static final List<String> BROKER_CATEGORIES = List.of(
            "kafka",
            "state.change.logger",
            "org.apache.kafka.common.config",
            "org.apache.kafka.common.test",
            "org.apache.kafka.controller",
            "org.apache.kafka.coordinator",
            "org.apache.kafka.image",
            "org.apache.kafka.metadata",
            "org.apache.kafka.network",
            "org.apache.kafka.queue",
            "org.apache.kafka.raft",
            "org.apache.kafka.server",
            "org.apache.kafka.snapshot",
            "org.apache.kafka.storage");

    // java.util.logging keeps loggers weakly; holding them keeps the level from being forgotten.
    private static final List<Logger> HELD = new ArrayList<>();

    private KafkaLogLevels() {}

    static synchronized void quietBroker() {
        if (!HELD.isEmpty()) {
            return;
        }
        for (String category : BROKER_CATEGORIES) {
            Logger logger = Logger.getLogger(category);
            logger.setLevel(Level.WARNING);
            HELD.add(logger);
        }
    }
}
