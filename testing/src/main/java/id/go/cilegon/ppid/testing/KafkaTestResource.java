package id.go.cilegon.ppid.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a Quarkus application under test at the {@link EmbeddedKafka} broker of this JVM.
 *
 * <p>Returns {@code kafka.bootstrap.servers}, which SmallRye Reactive Messaging, the Kafka client and Kafka Streams
 * extensions all read. The broker is shared by every application started in the JVM and outlives each of them.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        // start() also brings the broker back if an earlier test stopped it and did not restart it.
        return Map.of("kafka.bootstrap.servers", EmbeddedKafka.start());
    }

    @Override
    public void stop() {
        // The broker serves the next application too; a JVM shutdown hook closes it.
    }
}
