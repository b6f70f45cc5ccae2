package id.go.cilegon.ppid.devstack;

import id.go.cilegon.ppid.contracts.Topics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node KRaft Kafka broker (broker and controller combined) inside the launcher JVM, on fixed ports
 * and a persistent log directory formatted once. Creates the platform's topics with their cleanup policy.
 */
final class KafkaPart implements Part {

    static final int DEFAULT_PORT = 19092;
    static final int DEFAULT_CONTROLLER_PORT = 19093;
    static final String PORT_SETTING = "PPID_PORT_KAFKA";
    static final String CONTROLLER_PORT_SETTING = "PPID_PORT_KAFKA_CONTROLLER";
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final Path logDir;
    private final Path log;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    KafkaPart(Path logDir, Path log, int port, int controllerPort) {
        this.logDir = logDir;
        this.log = log;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public List<Port> ports() {
        return List.of(new Port(port, PORT_SETTING), new Port(controllerPort, CONTROLLER_PORT_SETTING));
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void start() throws Exception {
        Files.createDirectories(logDir);
        KafkaConfig config = new KafkaConfig(brokerProperties());
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format();
        }
        KafkaRaftServer s = new KafkaRaftServer(config, Time.SYSTEM);
        server = s;
        s.startup(); // returns once the broker caught up with the metadata log and serves requests
        createTopics();
    }

    private Properties brokerProperties() {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", Integer.toString(NODE_ID));
        // a static quorum: the voter's address is configuration, not data, so the ports may change between runs
        p.setProperty("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.setProperty(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        // one broker: every internal topic lives with a single replica
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("num.partitions", "1");
        // a local platform keeps its history: index-service rebuilds its numbers by replaying the topics
        p.setProperty("log.retention.ms", "-1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "2");
        return p;
    }

    private void format() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String clusterId = Uuid.randomUuid().toString();
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(ps)
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDir.toString()) // no separate metadata.log.dir
                    .addDirectory(logDir.toString())
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setUnstableFeatureVersionsEnabled(false)
                    .setIgnoreFormatted(true)
                    .run();
        }
        Files.writeString(
                log,
                "format: " + out.toString(StandardCharsets.UTF_8) + System.lineSeparator(),
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** The settings of a topic outside systems write to: stamped by the broker, records of bounded size. */
    private static Map<String, String> fromOutside(String topic) {
        Map<String, String> configs = new HashMap<>();
        if (Topics.BROKER_TIMESTAMPED.contains(topic)) {
            configs.put(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime");
        }
        if (Topics.WRITTEN_FROM_OUTSIDE.contains(topic)) {
            configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(Topics.OUTSIDE_MAX_MESSAGE_BYTES));
        }
        return configs;
    }

    /** The platform's topics, compacted where the contracts say so; existing ones are corrected if needed. */
    private void createTopics() throws Exception {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : Topics.ALL) {
                if (!existing.contains(topic)) {
                    Map<String, String> configs = new HashMap<>();
                    if (Topics.COMPACTED.contains(topic)) {
                        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
                    }
                    configs.putAll(fromOutside(topic));
                    missing.add(new NewTopic(topic, 1, (short) 1).configs(configs));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            for (String topic : Topics.WRITTEN_FROM_OUTSIDE) {
                if (existing.contains(topic)) {
                    // a state directory from before: the broker's arrival time is what an OPD decision counts from,
                    // and the broker's size limit is what an outside sender may put there
                    List<AlterConfigOp> ops = fromOutside(topic).entrySet().stream()
                            .map(e -> new AlterConfigOp(
                                    new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                            .toList();
                    admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), ops))
                            .all()
                            .get(30, TimeUnit.SECONDS);
                }
            }
            for (String topic : Topics.COMPACTED) {
                if (!existing.contains(topic)) {
                    continue;
                }
                ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                Config c = admin.describeConfigs(List.of(r))
                        .all()
                        .get(30, TimeUnit.SECONDS)
                        .get(r);
                ConfigEntry policy = c.get(TopicConfig.CLEANUP_POLICY_CONFIG);
                if (policy == null || !policy.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
                    System.out.println("  kafka: " + topic + " had cleanup.policy="
                            + (policy == null ? "?" : policy.value()) + "; setting compact");
                    admin.incrementalAlterConfigs(Map.of(
                                    r,
                                    List.of(new AlterConfigOp(
                                            new ConfigEntry(
                                                    TopicConfig.CLEANUP_POLICY_CONFIG,
                                                    TopicConfig.CLEANUP_POLICY_COMPACT),
                                            AlterConfigOp.OpType.SET))))
                            .all()
                            .get(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    private Admin admin() {
        Properties p = new Properties();
        p.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        p.setProperty(AdminClientConfig.CLIENT_ID_CONFIG, "ppid-devstack");
        return Admin.create(p);
    }

    @Override
    public Health health() {
        Admin admin = admin();
        try {
            Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000))
                    .nodes()
                    .get(4, TimeUnit.SECONDS);
            if (nodes.isEmpty()) {
                return Health.down("no broker in the cluster metadata");
            }
            return Health.up(nodes.size() + " broker at " + bootstrapServers());
        } catch (Exception e) {
            return Health.down("no metadata from " + bootstrapServers() + ": "
                    + e.getClass().getSimpleName());
        } finally {
            admin.close(Duration.ofMillis(500)); // a probe of a stopped broker must not wait for its retries
        }
    }

    @Override
    public void stop() {
        KafkaRaftServer s = server;
        if (s == null) {
            return;
        }
        server = null;
        try {
            s.shutdown();
            s.awaitShutdown();
        } catch (RuntimeException e) {
            System.out.println("  kafka: " + e.getMessage());
        }
    }

    @Override
    public List<String> describe() {
        return List.of("Kafka (KRaft)      " + bootstrapServers() + "   topics: " + String.join(", ", Topics.ALL)
                + " (compacted: " + String.join(", ", Topics.COMPACTED) + ")");
    }

    @Override
    public Path log() {
        return log;
    }
}
