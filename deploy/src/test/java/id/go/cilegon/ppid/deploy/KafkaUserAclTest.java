package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleClusterResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTransactionalIdResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The KafkaUsers grant exactly what the DESIGN.md table ({@link DesignTopics}) allows, derived by these rules:
 * a producer may Write+Describe its topics and holds IdempotentWrite on the cluster; a consumer may
 * Read+Describe its topics and Write+Describe its dead-letter topic of each (none for a topic it follows whole: the
 * calendar, and everything the portal reads), and Read its group (its own name; none for a reader that follows every
 * topic it reads); index-service also owns its Kafka Streams prefix (internal topics, transactional ids); the portal
 * and dashboards may only read the index topics. OPD systems have no KafkaUser: they publish over HTTP (routing-service's POST /opd-events),
 * and routing-service writes ppid.opd.events.v1 for them.
 */
class KafkaUserAclTest {

    /** One allowed operation on one resource, e.g. {@code topic:literal:ppid.sla.events.v1:Read}. */
    record Grant(String resource, String pattern, String name, String operation) {
        @Override
        public String toString() {
            return resource + ":" + pattern + ":" + name + ":" + operation;
        }
    }

    private static Set<Grant> expected(String user) {
        Set<Grant> grants = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        if (user.equals("ppid-dashboards")) {
            for (String t : DesignTopics.consumes(DesignTopics.DASHBOARDS)) {
                topic(grants, t, "Read", "Describe");
            }
            grants.add(new Grant("group", "prefix", "ppid-dashboards", "Read"));
            return grants;
        }
        for (String t : DesignTopics.produces(user)) {
            topic(grants, t, "Write", "Describe");
        }
        for (String t : DesignTopics.consumes(user)) {
            topic(grants, t, "Read", "Describe");
            if (!DesignTopics.follows(user, t)) {
                topic(grants, Topics.deadLetter(t, user), "Write", "Describe");
            }
        }
        if (DesignTopics.consumes(user).stream().anyMatch(t -> !DesignTopics.follows(user, t))) {
            grants.add(new Grant("group", "literal", user, "Read"));
        }
        if (!DesignTopics.produces(user).isEmpty()) {
            grants.add(new Grant("cluster", "literal", "kafka-cluster", "IdempotentWrite"));
        }
        if (user.equals("index-service")) {
            String prefix = DesignTopics.INDEX_APPLICATION_ID + "-";
            for (String op : List.of("Create", "Delete", "Describe", "DescribeConfigs", "Read", "Write")) {
                grants.add(new Grant("topic", "prefix", prefix, op));
            }
            grants.add(new Grant("transactionalId", "prefix", prefix, "Write"));
            grants.add(new Grant("transactionalId", "prefix", prefix, "Describe"));
        }
        return grants;
    }

    private static void topic(Set<Grant> grants, String topic, String... operations) {
        for (String op : operations) {
            grants.add(new Grant("topic", "literal", topic, op));
        }
    }

    private static Set<Grant> actual(KafkaUser user) {
        Set<Grant> grants = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        KafkaUserAuthorizationSimple authz = assertInstanceOf(
                KafkaUserAuthorizationSimple.class, user.getSpec().getAuthorization());
        for (AclRule rule : authz.getAcls()) {
            assertEquals(AclRuleType.ALLOW, rule.getType() == null ? AclRuleType.ALLOW : rule.getType());
            assertTrue(rule.getHost() == null || rule.getHost().equals("*"));
            String resource;
            String pattern = "literal";
            String name;
            if (rule.getResource() instanceof AclRuleTopicResource r) {
                resource = "topic";
                name = r.getName();
                pattern = pattern(r.getPatternType());
            } else if (rule.getResource() instanceof AclRuleGroupResource r) {
                resource = "group";
                name = r.getName();
                pattern = pattern(r.getPatternType());
            } else if (rule.getResource() instanceof AclRuleTransactionalIdResource r) {
                resource = "transactionalId";
                name = r.getName();
                pattern = pattern(r.getPatternType());
            } else if (rule.getResource() instanceof AclRuleClusterResource) {
                resource = "cluster";
                name = "kafka-cluster";
            } else {
                throw new AssertionError("unexpected ACL resource " + rule.getResource());
            }
            for (AclOperation op : rule.getOperations()) {
                assertTrue(
                        grants.add(new Grant(resource, pattern, name, op.toValue())),
                        user.getMetadata().getName() + ": granted twice: " + name + " " + op);
            }
        }
        return grants;
    }

    private static String pattern(AclResourcePatternType type) {
        return type == null || type == AclResourcePatternType.LITERAL ? "literal" : "prefix";
    }

    private static Map<String, KafkaUser> users(String overlay) {
        Map<String, KafkaUser> users = new HashMap<>();
        for (KafkaUser u : Rendered.of(overlay).all(KafkaUser.class)) {
            users.put(u.getMetadata().getName(), u);
            assertEquals("ppid-kafka", u.getMetadata().getLabels().get("strimzi.io/cluster"));
            assertInstanceOf(
                    KafkaUserScramSha512ClientAuthentication.class,
                    u.getSpec().getAuthentication(),
                    u.getMetadata().getName() + " must authenticate with SCRAM-SHA-512");
        }
        return users;
    }

    /** The OPD systems with a client in the realm; each needs a KafkaUser, and no other OPD system has one. */
    private static Set<String> opdSystemsOfTheRealm() {
        Set<String> names = new TreeSet<>();
        for (JsonNode client : RealmFiles.sourceRealm().path("clients")) {
            String id = client.path("clientId").asText();
            if (id.startsWith("opd-system-")) {
                names.add(id);
            }
        }
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void oneUserPerServiceAndThePortalAndTheDashboardsAndNoneForAnOpdSystem(String overlay) {
        Set<String> expected = new TreeSet<>(DesignTopics.SERVICES);
        expected.add("ppid-dashboards");
        assertEquals(expected, new TreeSet<>(users(overlay).keySet()));
        assertFalse(opdSystemsOfTheRealm().isEmpty(), "the realm's opd-system clients publish over HTTP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void aclsAreExactlyTheDesignTable(String overlay) {
        users(overlay)
                .forEach((name, user) -> assertEquals(
                        expected(name).toString(), actual(user).toString(), overlay + ": ACLs of " + name));
    }

    /** Spelled out, because it is the rule that protects personal data. */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void personalDataIsWrittenByRequestServiceAndReadByOneServiceEach(String overlay) {
        assertEquals(Set.of("request-service"), users(overlay, Topics.APPLICANT_CONTACTS, "Write"));
        assertEquals(Set.of("notification-service"), users(overlay, Topics.APPLICANT_CONTACTS, "Read"));
        assertEquals(Set.of("request-service"), users(overlay, Topics.REQUEST_TEXTS, "Write"));
        assertEquals(Set.of("routing-service"), users(overlay, Topics.REQUEST_TEXTS, "Read"));
    }

    /**
     * The portal, the platform's public face, reads the published index and nothing else: Read and Describe on the two
     * index topics, no group (it assigns its partitions and commits nothing), no dead-letter topic, no write anywhere.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void thePortalReadsOnlyTheTwoIndexTopicsAndWritesNothing(String overlay) {
        Set<Grant> portal = actual(users(overlay).get(Services.PORTAL));
        Set<String> granted = new TreeSet<>();
        portal.forEach(g -> granted.add(g.toString()));
        assertEquals(
                Set.of(
                        "topic:literal:" + Topics.INDEX_OPD + ":Read",
                        "topic:literal:" + Topics.INDEX_OPD + ":Describe",
                        "topic:literal:" + Topics.INDEX_CITY + ":Read",
                        "topic:literal:" + Topics.INDEX_CITY + ":Describe"),
                granted,
                overlay + ": ACLs of the portal");
        for (String topic : Topics.ALL) {
            assertFalse(users(overlay, topic, "Write").contains(Services.PORTAL), overlay + ": portal writes " + topic);
        }
        // Whoever else reads the index keeps what it had: the dashboards' user with its group prefix.
        assertEquals(
                Set.of(Services.INDEX_SERVICE),
                users(overlay, Topics.INDEX_OPD, "Write"),
                overlay + ": writers of " + Topics.INDEX_OPD);
        assertEquals(
                Set.of(Services.PORTAL, "ppid-dashboards"),
                users(overlay, Topics.INDEX_CITY, "Read"),
                overlay + ": readers of " + Topics.INDEX_CITY);
    }

    /** The users whose grants allow {@code operation} (or All) on {@code topic}, by name or by prefix. */
    private static Set<String> users(String overlay, String topic, String operation) {
        Set<String> found = new TreeSet<>();
        users(overlay).forEach((name, user) -> {
            for (Grant g : actual(user)) {
                boolean covers = g.resource().equals("topic")
                        && (g.pattern().equals("literal") ? g.name().equals(topic) : topic.startsWith(g.name()));
                if (covers && (g.operation().equals(operation) || g.operation().equals("All"))) {
                    found.add(name);
                }
            }
        });
        return found;
    }
}
