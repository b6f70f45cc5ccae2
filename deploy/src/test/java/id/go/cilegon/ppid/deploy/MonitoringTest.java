package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.cilegon.ppid.deploy.crd.CnpgCluster;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import io.fabric8.openshift.api.model.monitoring.v1.RuleGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Alerts and the dashboard use only metrics that something really exposes, and cover what issue 7 asks. */
class MonitoringTest {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> PROMQL_WORDS = Set.of(
            "sum",
            "min",
            "max",
            "avg",
            "count",
            "by",
            "without",
            "and",
            "or",
            "unless",
            "offset",
            "rate",
            "increase",
            "deriv",
            "delta",
            "histogram_quantile",
            "abs",
            "min_over_time",
            "max_over_time",
            "label_values",
            "bool",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "month");

    /** Where each metric comes from; a metric nobody exposes makes an alert that can never fire. */
    private static Map<String, String> catalog() {
        Map<String, String> metrics = new HashMap<>();
        for (String m : List.of(
                "kafka_consumergroup_lag",
                "kafka_topic_partition_current_offset",
                "kafka_topic_partition_oldest_offset")) {
            metrics.put(m, "Strimzi Kafka exporter");
        }
        metrics.put("kafka_server_replicamanager_underreplicatedpartitions", "broker JMX rule kafka_$1_$2_$3");
        metrics.put(
                "kafka_server_brokertopicmetrics_messagesin_total",
                "broker JMX rule kafka_server_brokertopicmetrics_$1_total");
        for (String m : List.of(
                "http_server_requests_seconds_count", "http_server_requests_seconds_bucket", "jvm_memory_used_bytes")) {
            metrics.put(m, "Quarkus Micrometer");
        }
        metrics.put("up", "Prometheus");
        metrics.put("ppid_outbox_backlog", "service-kit's outbox relay in each service (gauge ppid.outbox.backlog)");
        metrics.put(
                "ppid_outbox_quarantined",
                "service-kit's outbox relay in each service (gauge ppid.outbox.quarantined)");
        metrics.put(
                "ppid_consumer_transient_failures_total",
                "service-kit's consumers in each service (counter ppid.consumer.transient.failures)");
        metrics.put("ppid_sla_breaches_total", "notification-service (counter ppid.sla.breaches)");
        metrics.put("ppid_routing_routed_total", "routing-service (counter ppid.routing.routed)");
        metrics.put("ppid_notification_delivery_total", "notification-service (counter ppid.notification.delivery)");
        metrics.put(
                "ppid_calendar_year_official",
                "request- and notification-service (calendar's gauge ppid.calendar.year.official)");
        return metrics;
    }

    /** The metric names of a PromQL expression (label matchers, strings, grouping and durations removed). */
    static Set<String> metricsOf(String expr) {
        String stripped = expr.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", "")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "")
                .replaceAll("\\[[^]]*]", "")
                .replaceAll("\\boffset\\s+\\w+", "")
                .replaceAll("\\$\\w+", "");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(stripped);
        while (m.find()) {
            if (!PROMQL_WORDS.contains(m.group())) {
                names.add(m.group());
            }
        }
        return names;
    }

    private static List<Rule> rules(String overlay) {
        List<Rule> rules = new ArrayList<>();
        for (PrometheusRule pr : Rendered.of(overlay).all(PrometheusRule.class)) {
            for (RuleGroup g : pr.getSpec().getGroups()) {
                rules.addAll(g.getRules());
            }
        }
        return rules;
    }

    @Test
    void theAlertsOfTheIssueExist() {
        Map<String, String> byName = new HashMap<>();
        rules("prod").forEach(r -> byName.put(r.getAlert(), r.getExpr().getStrVal()));
        assertTrue(byName.get("PpidConsumerLagHigh").contains("kafka_consumergroup_lag"));
        assertTrue(byName.get("PpidDeadLetterTopicNotEmpty").contains(".dlq"));
        assertTrue(byName.get("PpidSlaBreachesRising").contains("ppid_sla_breaches_total"));
        assertTrue(byName.get("PpidOutboxBacklog").contains("ppid_outbox_backlog"));
        assertTrue(byName.get("PpidOutboxQuarantine").contains("ppid_outbox_quarantined"));
        assertTrue(byName.get("PpidConsumerRetrying").contains("ppid_consumer_transient_failures_total"));
        assertTrue(byName.get("PpidCalendarNextYearNotOfficial")
                .contains("ppid_calendar_year_official{relative=\"next\"}"));
    }

    @Test
    void everyAlertIsActionable() {
        for (Rule r : rules("prod")) {
            assertNotNull(r.getAlert());
            assertTrue(
                    Set.of("info", "warning", "critical").contains(r.getLabels().get("severity")), r.getAlert());
            assertFalse(r.getAnnotations().getOrDefault("summary", "").isBlank(), r.getAlert());
            assertFalse(r.getAnnotations().getOrDefault("description", "").isBlank(), r.getAlert());
            if (r.getFor() != null) {
                assertTrue(r.getFor().matches("[0-9]+[smh]"), r.getAlert() + ": for " + r.getFor());
            }
        }
    }

    @Test
    void alertsAndDashboardUseOnlyExposedMetrics() throws Exception {
        Map<String, String> catalog = catalog();
        List<String> unknown = new ArrayList<>();
        for (Rule r : rules("prod")) {
            metricsOf(r.getExpr().getStrVal()).stream()
                    .filter(m -> !catalog.containsKey(m))
                    .forEach(m -> unknown.add(r.getAlert() + ": " + m));
        }
        for (JsonNode expr : dashboard().findValues("expr")) {
            metricsOf(expr.asText()).stream()
                    .filter(m -> !catalog.containsKey(m))
                    .forEach(m -> unknown.add("dashboard: " + m));
        }
        assertEquals(List.of(), unknown);
    }

    /** Every ppid_* metric an alert or the dashboard uses is registered by the service the catalog names. */
    @Test
    void metricsOfTheServicesExistInTheirCode() throws Exception {
        Map<String, String> registered = Map.of(
                "ppid_outbox_backlog", "service-kit:ppid.outbox.backlog",
                "ppid_outbox_quarantined", "service-kit:ppid.outbox.quarantined",
                "ppid_consumer_transient_failures_total", "service-kit:ppid.consumer.transient.failures",
                "ppid_sla_breaches_total", "notification-service:ppid.sla.breaches",
                "ppid_routing_routed_total", "routing-service:ppid.routing.routed",
                "ppid_notification_delivery_total", "notification-service:ppid.notification.delivery",
                // registered by calendar's beans (id.go.cilegon.ppid.calendar.cdi) in each service that counts days
                "ppid_calendar_year_official", "calendar:ppid.calendar.year.official");
        for (String metric : catalog().keySet()) {
            if (!metric.startsWith("ppid_")) {
                continue;
            }
            String[] where = registered.get(metric).split(":");
            assertTrue(
                    mainSources(where[0]).contains("\"" + where[1] + "\""),
                    where[0] + " no longer registers " + where[1] + " (" + metric + ")");
        }
        String kafkaRules = Rendered.of("prod")
                .one(ConfigMap.class, "ppid-kafka-metrics")
                .getData()
                .get("kafka-metrics-config.yml");
        assertTrue(kafkaRules.contains("kafka_$1_$2_$3")
                && kafkaRules.contains("kafka_server_brokertopicmetrics_$1_total"));
    }

    /** Every service with an outbox is in the backlog alert; every service and the portal has a ServiceMonitor. */
    @Test
    void everyServiceIsWatched() throws Exception {
        Rendered prod = Rendered.of("prod");
        String backlog = rules("prod").stream()
                .filter(r -> "PpidOutboxBacklog".equals(r.getAlert()))
                .findFirst()
                .orElseThrow()
                .getExpr()
                .getStrVal();
        for (String service :
                List.of("request-service", "routing-service", "notification-service", "index-service", "portal")) {
            prod.one(io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor.class, service);
            Matcher gauge = Pattern.compile("Gauge\\.builder\\(\"(ppid\\.[a-z.]*outbox\\.backlog)\"")
                    .matcher(mainSources(service));
            if (gauge.find()) {
                assertTrue(
                        backlog.contains(gauge.group(1).replace('.', '_')),
                        service + ": its outbox gauge is not in PpidOutboxBacklog");
            }
        }
        String down = rules("prod").stream()
                .filter(r -> "PpidServiceDown".equals(r.getAlert()))
                .findFirst()
                .orElseThrow()
                .getExpr()
                .getStrVal();
        Matcher watched = Pattern.compile("service=~\"([^\"]+)\"").matcher(down);
        assertTrue(watched.find(), down);
        for (io.fabric8.kubernetes.api.model.apps.Deployment d :
                prod.all(io.fabric8.kubernetes.api.model.apps.Deployment.class)) {
            assertTrue(
                    d.getMetadata().getName().matches(watched.group(1)),
                    d.getMetadata().getName() + " is not in PpidServiceDown");
        }
        assertTrue(prod.has("PodMonitor", "ppid-keycloak"));
        assertTrue(prod.has("PodMonitor", "strimzi-cluster-operator"));
        assertTrue(prod.has("PodMonitor", "cnpg-operator"));
    }

    private static String mainSources(String service) throws IOException {
        Path root = DeployPaths.repo().resolve(service).resolve("src/main/java");
        if (!Files.exists(root)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.joining("\n"));
        }
    }

    private static JsonNode dashboard() throws IOException {
        ConfigMap cm = Rendered.of("prod").one(ConfigMap.class, "ppid-grafana-dashboard");
        assertEquals("1", cm.getMetadata().getLabels().get("grafana_dashboard"));
        assertEquals(1, cm.getData().size());
        return new ObjectMapper().readTree(cm.getData().get("ppid-overview.json"));
    }

    @Test
    void theDashboardIsAGrafanaDashboard() throws Exception {
        JsonNode d = dashboard();
        assertEquals("ppid-overview", d.path("uid").asText());
        assertFalse(d.path("title").asText().isBlank());
        assertTrue(d.path("panels").size() >= 6);
        Set<Integer> ids = new TreeSet<>();
        for (JsonNode panel : d.path("panels")) {
            assertTrue(ids.add(panel.path("id").asInt()), "duplicate panel id");
            assertEquals(
                    "${datasource}",
                    panel.path("datasource").path("uid").asText(),
                    panel.path("title").asText());
            assertFalse(panel.path("targets").isEmpty(), panel.path("title").asText());
            panel.path("targets")
                    .forEach(t -> assertFalse(t.path("expr").asText().isBlank()));
        }
        Set<String> titles = new TreeSet<>();
        d.path("panels").forEach(p -> titles.add(p.path("title").asText()));
        assertTrue(
                titles.containsAll(
                        Set.of("Consumer lag", "Dead letters waiting", "Outbox backlog", "Deadline breaches per day")),
                titles.toString());
    }

    @Test
    void podMonitorsCoverKafkaAndEveryDatabase() {
        Rendered prod = Rendered.of("prod");
        PodMonitor kafka = prod.one(PodMonitor.class, "ppid-kafka");
        assertEquals(
                "ppid-kafka", kafka.getSpec().getSelector().getMatchLabels().get("strimzi.io/cluster"));
        PodMonitor postgres = prod.one(PodMonitor.class, "ppid-postgres");
        Set<String> monitored = new TreeSet<>(postgres.getSpec().getSelector().getMatchExpressions().stream()
                .filter(e -> e.getKey().equals("cnpg.io/cluster"))
                .findFirst()
                .orElseThrow()
                .getValues());
        Set<String> clusters = prod.all(CnpgCluster.class).stream()
                .map(c -> c.metadata().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(clusters, monitored);
    }

    @Test
    void metricNamesAreExtracted() {
        assertEquals(
                Set.of("kafka_topic_partition_current_offset", "kafka_topic_partition_oldest_offset"),
                metricsOf("sum by (namespace, topic) (kafka_topic_partition_current_offset{topic=~\".+\\\\.dlq\"}"
                        + " - kafka_topic_partition_oldest_offset{topic=~\".+\\\\.dlq\"}) > 0"));
        assertEquals(
                Set.of("ppid_sla_breaches_total"),
                metricsOf("sum(increase(ppid_sla_breaches_total[1d] offset 7d)) > 1.5"));
    }
}
