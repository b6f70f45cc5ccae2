package id.go.cilegon.ppid.testing.internal;

import java.lang.System.Logger.Level;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import kafka.server.BrokerServer;
import kafka.server.ControllerServer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * The one Kafka node of the JVM behind {@link id.go.cilegon.ppid.testing.EmbeddedKafka}; not an API.
 *
 * <p>Loaded by the system class loader (see {@code id.go.cilegon.ppid.testing.JvmWide}) and called with JDK types
 * only, so that every Quarkus application class loader of the test run reaches the same node.
 */
public final class KafkaNode {

    private static final System.Logger LOG = System.getLogger("id.go.cilegon.ppid.testing.EmbeddedKafka");

    private static KafkaClusterTestKit cluster;
    private static String bootstrapServers;
    private static boolean running;

    private KafkaNode() {}

    /** Creates the node on first use, restarts it after {@link #stop()}; returns the bootstrap address. */
    public static synchronized String start() {
        if (cluster == null) {
            withOwnClassLoader(KafkaNode::create);
        } else if (!running) {
            withOwnClassLoader(KafkaNode::restart);
        }
        return bootstrapServers;
    }

    /** Shuts the node down, keeping its data, its ports and its configuration for {@link #start()}. */
    public static synchronized void stop() {
        if (cluster == null || !running) {
            return;
        }
        long begin = System.nanoTime();
        // Broker first, as KafkaRaftServer does: its controlled shutdown still needs the controller.
        for (BrokerServer broker : cluster.brokers().values()) {
            broker.shutdown();
            broker.awaitShutdown();
        }
        for (ControllerServer controller : cluster.controllers().values()) {
            controller.shutdown();
            controller.awaitShutdown();
        }
        running = false;
        LOG.log(Level.INFO, "Embedded Kafka at {0} stopped in {1} ms", bootstrapServers, millisSince(begin));
    }

    /** The bootstrap address, creating the node if it never ran. */
    public static synchronized String bootstrapServers() {
        return cluster == null ? start() : bootstrapServers;
    }

    /** Whether the node is up. */
    public static synchronized Boolean isRunning() {
        return running;
    }

    private static Void create() throws Exception {
        long begin = System.nanoTime();
        // A broker that meets a fatal error (e.g. its temp log dirs vanishing while the JVM shuts down) calls
        // Exit.halt, which would kill the whole test JVM after the tests passed and fail the build; log instead.
        Exit.setHaltProcedure((status, message) ->
                LOG.log(Level.WARNING, "Embedded Kafka asked to halt the JVM ({0}): {1}", status, message));
        Exit.setExitProcedure((status, message) ->
                LOG.log(Level.WARNING, "Embedded Kafka asked to exit the JVM ({0}): {1}", status, message));
        KafkaLogLevels.quietBroker();
        TestKitNodes nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                .build();
        KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(nodes)
                // One broker: every internal topic must live with a single replica.
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("transaction.state.log.num.partitions", "1")
                .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                .setConfigProp("auto.create.topics.enable", "true")
                .setConfigProp("num.partitions", "1")
                // Consumers in tests join alone; the default 3 s wait for more members only slows them down.
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                // The test kit enables unreleased protocol versions; services must see what production offers.
                .setConfigProp("unstable.api.versions.enable", "false")
                .setConfigProp("unstable.feature.versions.enable", "false")
                .build();
        try {
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
        } catch (Exception e) {
            kit.close();
            throw e;
        }
        cluster = kit;
        bootstrapServers = kit.bootstrapServers();
        running = true;
        Runtime.getRuntime().addShutdownHook(new Thread(KafkaNode::close, "embedded-kafka-shutdown"));
        LOG.log(Level.INFO, "Embedded Kafka started at {0} in {1} ms", bootstrapServers, millisSince(begin));
        return null;
    }

    private static Void restart() throws Exception {
        long begin = System.nanoTime();
        // Controller first, as KafkaRaftServer does: the broker registers with it. The test kit's socket factory
        // rebinds the ports the node had, and the log directories were left in place.
        for (ControllerServer controller : cluster.controllers().values()) {
            controller.startup();
        }
        for (BrokerServer broker : cluster.brokers().values()) {
            broker.startup();
        }
        cluster.waitForReadyBrokers();
        String address = cluster.bootstrapServers();
        if (!address.equals(bootstrapServers)) {
            throw new IllegalStateException(
                    "Embedded Kafka came back on " + address + " instead of " + bootstrapServers);
        }
        running = true;
        LOG.log(Level.INFO, "Embedded Kafka restarted at {0} in {1} ms", bootstrapServers, millisSince(begin));
        return null;
    }

    // The broker resolves configured classes through the context class loader, and its threads inherit it: a
    // Quarkus application's loader, closed when that application stops, must not leak into the shared node.
    private static void withOwnClassLoader(Callable<Void> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaNode.class.getClassLoader());
        try {
            action.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting embedded Kafka", e);
        } catch (Exception e) {
            throw new IllegalStateException("Embedded Kafka did not start: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static synchronized void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            // The JVM is exiting; a fault recorded by the test kit during a restart must not hide the test results.
            LOG.log(Level.DEBUG, "Embedded Kafka did not close cleanly", e);
        }
    }

    private static long millisSince(long nanoTime) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanoTime);
    }
}
