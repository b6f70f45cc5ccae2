package id.go.cilegon.ppid.testing;

/**
 * The single-node KRaft Kafka broker of the test JVM, shared by every test class and Quarkus application, that a
 * test can stop and start again.
 *
 * <p>The node (broker and controller combined) is created on first use and closed, its directories deleted, when
 * the JVM exits. {@link #stop()} shuts the whole node down: clients then get "connection refused" on its address.
 * {@link #start()} brings the same node back on the same address with every record, topic and committed offset it
 * had. A test that stops the broker should start it again (e.g. in {@code finally}); {@link KafkaTestResource}
 * also starts it before each application start.
 */
public final class EmbeddedKafka {

    private static final String ENGINE = "KafkaNode";

    private EmbeddedKafka() {}

    /**
     * Starts the broker, or restarts it after {@link #stop()}, and waits until it accepts clients; does nothing if
     * it runs.
     *
     * @return the bootstrap address ({@code localhost:port}), the same for the whole life of the JVM
     */
    public static String start() {
        return (String) JvmWide.call(ENGINE, "start");
    }

    /** Shuts the broker down, keeping its data and its address for {@link #start()}; does nothing if it is down. */
    public static void stop() {
        JvmWide.call(ENGINE, "stop");
    }

    /** The bootstrap address ({@code localhost:port}), creating the broker if it never ran. */
    public static String bootstrapServers() {
        return (String) JvmWide.call(ENGINE, "bootstrapServers");
    }

    /** Whether the broker is up (started and not stopped). */
    public static boolean isRunning() {
        return (Boolean) JvmWide.call(ENGINE, "isRunning");
    }
}
