package id.go.cilegon.ppid.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.cilegon.ppid.deploy.crd.CertManager;
import id.go.cilegon.ppid.deploy.crd.CnpgCluster;
import id.go.cilegon.ppid.deploy.crd.ExternalSecrets;
import id.go.cilegon.ppid.deploy.crd.Keycloak;
import id.go.cilegon.ppid.deploy.crd.KeycloakRealmImport;
import id.go.cilegon.ppid.deploy.crd.ObjectStore;
import id.go.cilegon.ppid.deploy.crd.ScheduledBackup;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.annotations.DeprecatedProperty;
import io.strimzi.api.annotations.DeprecatedType;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps each apiVersion/kind the manifests may use to a typed model and loads documents into it strictly:
 * unknown fields and wrong scalar types fail ({@link StrictMapper}), a field the model drops on the way back
 * fails, and a Strimzi property marked deprecated (removed in the v1 API) fails.
 */
public final class TypedModels {

    private static final Map<String, Class<?>> KINDS = new LinkedHashMap<>();

    static {
        register("v1", "Namespace", Namespace.class);
        register("v1", "ConfigMap", ConfigMap.class);
        register("v1", "Service", Service.class);
        register("v1", "ServiceAccount", ServiceAccount.class);
        register("apps/v1", "Deployment", Deployment.class);
        register("autoscaling/v2", "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);
        register("policy/v1", "PodDisruptionBudget", PodDisruptionBudget.class);
        register("networking.k8s.io/v1", "NetworkPolicy", NetworkPolicy.class);
        register("networking.k8s.io/v1", "Ingress", Ingress.class);
        register("kafka.strimzi.io/v1", "Kafka", Kafka.class);
        register("kafka.strimzi.io/v1", "KafkaNodePool", KafkaNodePool.class);
        register("kafka.strimzi.io/v1", "KafkaTopic", KafkaTopic.class);
        register("kafka.strimzi.io/v1", "KafkaUser", KafkaUser.class);
        register("monitoring.coreos.com/v1", "ServiceMonitor", ServiceMonitor.class);
        register("monitoring.coreos.com/v1", "PodMonitor", PodMonitor.class);
        register("monitoring.coreos.com/v1", "PrometheusRule", PrometheusRule.class);
        register("postgresql.cnpg.io/v1", "Cluster", CnpgCluster.class);
        register("postgresql.cnpg.io/v1", "ScheduledBackup", ScheduledBackup.class);
        register("barmancloud.cnpg.io/v1", "ObjectStore", ObjectStore.class);
        register("k8s.keycloak.org/v2alpha1", "Keycloak", Keycloak.class);
        register("k8s.keycloak.org/v2alpha1", "KeycloakRealmImport", KeycloakRealmImport.class);
        register("cert-manager.io/v1", "Issuer", CertManager.Issuer.class);
        register("cert-manager.io/v1", "Certificate", CertManager.Certificate.class);
        register("external-secrets.io/v1", "SecretStore", ExternalSecrets.SecretStore.class);
        register("external-secrets.io/v1", "ExternalSecret", ExternalSecrets.ExternalSecret.class);
    }

    private TypedModels() {}

    private static void register(String apiVersion, String kind, Class<?> type) {
        KINDS.put(apiVersion + "/" + kind, type);
    }

    public static Class<?> typeOf(JsonNode doc) {
        Class<?> type = KINDS.get(
                doc.path("apiVersion").asText() + "/" + doc.path("kind").asText());
        if (type == null) {
            throw new IllegalArgumentException(
                    "no typed model for apiVersion " + doc.path("apiVersion").asText() + " kind "
                            + doc.path("kind").asText() + " (add one to TypedModels, or fix the manifest)");
        }
        return type;
    }

    /** Loads a manifest into its model; throws with the offending path on any problem. */
    public static Object load(ObjectNode doc, String source) {
        Class<?> type = typeOf(doc);
        Object typed;
        try {
            typed = StrictMapper.get().treeToValue(doc, type);
        } catch (Exception e) {
            throw new AssertionError(source + ": " + type.getSimpleName() + " " + name(doc) + ": " + e.getMessage(), e);
        }
        ObjectNode back = StrictMapper.get().valueToTree(typed);
        // The Strimzi classes answer a fixed apiVersion (v1beta2 for Kafka and KafkaNodePool in 0.51, which
        // model v1 and v1beta2 alike); the version itself was checked by the registry lookup above.
        back.set("apiVersion", doc.get("apiVersion"));
        List<String> lost = new ArrayList<>();
        compare(doc, back, "", lost);
        if (!lost.isEmpty()) {
            throw new AssertionError(
                    source + ": " + type.getSimpleName() + " " + name(doc) + ": the model does not keep " + lost);
        }
        List<String> deprecated = new ArrayList<>();
        findDeprecated(typed, "", deprecated, new IdentityHashMap<>());
        if (!deprecated.isEmpty()) {
            throw new AssertionError(source + ": " + type.getSimpleName() + " " + name(doc)
                    + ": deprecated Strimzi properties (not in kafka.strimzi.io/v1): " + deprecated);
        }
        return typed;
    }

    public static <T> T load(ObjectNode doc, Class<T> type) {
        return type.cast(load(doc, type.getSimpleName()));
    }

    private static String name(JsonNode doc) {
        return doc.path("metadata").path("name").asText("<no name>");
    }

    /** Every value of {@code in} must come back unchanged in {@code out} (numbers compared by value). */
    private static void compare(JsonNode in, JsonNode out, String path, List<String> lost) {
        if (in.isObject()) {
            if (out == null || !out.isObject()) {
                lost.add(path + " (object became " + out + ")");
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = in.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                compare(e.getValue(), out.get(e.getKey()), path + "/" + e.getKey(), lost);
            }
        } else if (in.isArray()) {
            if (out == null || !out.isArray() || out.size() != in.size()) {
                lost.add(path + " (list became " + out + ")");
                return;
            }
            if (isScalarList(in) && isScalarList(out) && sortedTexts(in).equals(sortedTexts(out))) {
                return; // a set in the model (e.g. a realm's supportedLocales): order is not meaningful
            }
            for (int i = 0; i < in.size(); i++) {
                compare(in.get(i), out.get(i), path + "/" + i, lost);
            }
        } else if (in.isNumber() && out != null && out.isNumber()) {
            if (new BigDecimal(in.asText()).compareTo(new BigDecimal(out.asText())) != 0) {
                lost.add(path + " (" + in + " became " + out + ")");
            }
        } else if (in.isNull()) {
            return;
        } else if (out == null || !in.equals(out)) {
            lost.add(path + " (" + in + " became " + out + ")");
        }
    }

    private static boolean isScalarList(JsonNode list) {
        for (JsonNode item : list) {
            if (item.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> sortedTexts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(item -> texts.add(item.toString()));
        texts.sort(null);
        return texts;
    }

    private static void findDeprecated(Object value, String path, List<String> found, Map<Object, Boolean> seen) {
        if (value == null || seen.containsKey(value)) {
            return;
        }
        if (value instanceof Collection<?>) {
            int i = 0;
            for (Object item : (Collection<?>) value) {
                findDeprecated(item, path + "/" + i++, found, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?>) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                findDeprecated(e.getValue(), path + "/" + e.getKey(), found, seen);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.strimzi.")) {
            return;
        }
        seen.put(value, Boolean.TRUE);
        if (value.getClass().isAnnotationPresent(DeprecatedType.class)) {
            found.add(path + " (" + value.getClass().getSimpleName() + ")");
        }
        for (Method m : value.getClass().getMethods()) {
            if (m.getParameterCount() != 0
                    || Modifier.isStatic(m.getModifiers())
                    || !(m.getName().startsWith("get") || m.getName().startsWith("is"))
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child;
            try {
                child = m.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            String property = path + "/" + m.getName().replaceFirst("^(get|is)", "");
            if (m.isAnnotationPresent(DeprecatedProperty.class)
                    && child != null
                    && !(child instanceof Collection<?> && ((Collection<?>) child).isEmpty())
                    && !(child instanceof Map<?, ?> && ((Map<?, ?>) child).isEmpty())) {
                found.add(property);
            }
            findDeprecated(child, property, found, seen);
        }
    }
}
