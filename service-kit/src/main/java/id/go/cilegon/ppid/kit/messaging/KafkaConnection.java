package id.go.cilegon.ppid.kit.messaging;

import java.util.HashMap;
import java.util.Map;

/** How a client of the service's own reaches the broker, taken from the service's Kafka settings. */
public final class KafkaConnection {

    private KafkaConnection() {}

    /**
     * The broker address and the security settings ({@code bootstrap.servers}, {@code security.*}, {@code sasl.*},
     * {@code ssl.*}) of {@code config}, the Kafka connector's or Kafka Streams' settings, for a new producer.
     */
    public static Map<String, Object> settings(Map<String, ?> config) {
        Map<String, Object> settings = new HashMap<>();
        config.forEach((key, value) -> {
            if (key.equals("bootstrap.servers")
                    || key.startsWith("security.")
                    || key.startsWith("sasl.")
                    || key.startsWith("ssl.")) {
                settings.put(key, value);
            }
        });
        return settings;
    }
}
