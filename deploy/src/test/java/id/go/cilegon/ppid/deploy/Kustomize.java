package id.go.cilegon.ppid.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.cilegon.ppid.deploy.crd.Kustomization;
import io.fabric8.zjsonpatch.JsonPatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The subset of kustomize this repository uses, in Java, so overlays render in CI without a binary:
 * resources (files and folders), components, configMapGenerator (files, options), patches (strategic merge
 * from a file or inline, JSON 6902 with a target), namespace, labels (metadata only) and images (also in the
 * fields of custom resources that {@code configurations:} names); applied in
 * kustomize's order (resources, generators, components, then patches, namespace, labels, images).
 * A kustomization using anything else fails to load ({@link Kustomization} is strict).
 */
public final class Kustomize {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Kinds that have no namespace (kustomize leaves them alone, except that it renames Namespaces). */
    private static final Set<String> CLUSTER_SCOPED = Set.of(
            "Namespace",
            "ClusterRole",
            "ClusterRoleBinding",
            "CustomResourceDefinition",
            "PersistentVolume",
            "StorageClass",
            "PriorityClass",
            "ValidatingWebhookConfiguration",
            "MutatingWebhookConfiguration",
            "IngressClass");
    /** Merge keys of the strategic merge patch for the lists of built-in kinds this repository patches. */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers",
            "name",
            "initContainers",
            "name",
            "env",
            "name",
            "volumes",
            "name",
            "volumeMounts",
            "mountPath",
            "imagePullSecrets",
            "name");

    private Kustomize() {}

    /** Renders the kustomization in {@code dir}: every resource, fully transformed. */
    public static List<ObjectNode> render(Path dir) {
        Kustomization k = load(dir);
        if (!"Kustomization".equals(k.kind()) && k.kind() != null) {
            throw new IllegalArgumentException(dir + " is a " + k.kind() + ", not a Kustomization");
        }
        return build(dir, k);
    }

    public static Kustomization load(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        try {
            return StrictMapper.get().treeToValue(YamlDocs.read(file).get(0), Kustomization.class);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<ObjectNode> build(Path dir, Kustomization k) {
        List<ObjectNode> resources = new ArrayList<>();
        for (String entry : nonNull(k.resources())) {
            Path path = dir.resolve(entry).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(render(path));
            } else {
                resources.addAll(YamlDocs.read(path));
            }
        }
        resources.addAll(generate(dir, k));
        for (String entry : nonNull(k.components())) {
            Path path = dir.resolve(entry).normalize();
            Kustomization component = load(path);
            if (!"Component".equals(component.kind())) {
                throw new IllegalArgumentException(path + " is listed as a component but is a " + component.kind());
            }
            // A component adds its resources, then transforms everything accumulated so far.
            for (String r : nonNull(component.resources())) {
                resources.addAll(YamlDocs.read(path.resolve(r)));
            }
            resources.addAll(generate(path, component));
            transform(path, component, resources);
        }
        transform(dir, k, resources);
        return resources;
    }

    private static List<ObjectNode> generate(Path dir, Kustomization k) {
        List<ObjectNode> generated = new ArrayList<>();
        for (Kustomization.Generator g : nonNull(k.configMapGenerator())) {
            if (g.options() == null || !Boolean.TRUE.equals(g.options().disableNameSuffixHash())) {
                throw new IllegalArgumentException(g.name() + ": only generators with disableNameSuffixHash are "
                        + "supported (names must be stable for the checks)");
            }
            if (g.literals() != null) {
                throw new IllegalArgumentException(g.name() + ": generator literals are not supported");
            }
            ObjectNode cm = JSON.objectNode();
            cm.put("apiVersion", "v1");
            cm.put("kind", "ConfigMap");
            ObjectNode meta = cm.putObject("metadata");
            meta.put("name", g.name());
            if (g.options().labels() != null) {
                ObjectNode labels = meta.putObject("labels");
                g.options().labels().forEach(labels::put);
            }
            if (g.options().annotations() != null) {
                ObjectNode annotations = meta.putObject("annotations");
                g.options().annotations().forEach(annotations::put);
            }
            ObjectNode data = cm.putObject("data");
            for (String file : nonNull(g.files())) {
                Path path = dir.resolve(file);
                try {
                    data.put(path.getFileName().toString(), Files.readString(path));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            generated.add(cm);
        }
        return generated;
    }

    private static void transform(Path dir, Kustomization k, List<ObjectNode> resources) {
        for (Kustomization.Patch p : nonNull(k.patches())) {
            applyPatch(dir, p, resources);
        }
        if (k.namespace() != null) {
            for (ObjectNode r : resources) {
                String kind = r.path("kind").asText();
                if ("Namespace".equals(kind)) {
                    meta(r).put("name", k.namespace());
                } else if (!CLUSTER_SCOPED.contains(kind)) {
                    meta(r).put("namespace", k.namespace());
                }
            }
        }
        for (Kustomization.Label label : nonNull(k.labels())) {
            if (Boolean.TRUE.equals(label.includeSelectors()) || Boolean.TRUE.equals(label.includeTemplates())) {
                throw new IllegalArgumentException("labels with includeSelectors/includeTemplates are not supported");
            }
            for (ObjectNode r : resources) {
                ObjectNode labels = child(meta(r), "labels");
                label.pairs().forEach(labels::put);
            }
        }
        List<Kustomization.FieldSpec> imageFields = new ArrayList<>();
        for (String file : nonNull(k.configurations())) {
            Kustomization.TransformerConfig config = loadConfig(dir.resolve(file));
            for (Kustomization.FieldSpec spec : nonNull(config.images())) {
                if (Boolean.TRUE.equals(spec.create())) {
                    throw new IllegalArgumentException(file + ": image fields with create are not supported");
                }
                imageFields.add(spec);
            }
        }
        for (Kustomization.Image image : nonNull(k.images())) {
            for (ObjectNode r : resources) {
                replaceImages(r, image);
                for (Kustomization.FieldSpec spec : imageFields) {
                    if (matches(
                            r, new Kustomization.Target(spec.group(), spec.version(), spec.kind(), null, null, null))) {
                        replaceImageAt(r, spec.path().split("/"), 0, image);
                    }
                }
            }
        }
    }

    /** A file of {@code configurations:}, strictly: a transformer this renderer does not know fails. */
    public static Kustomization.TransformerConfig loadConfig(Path file) {
        try {
            return StrictMapper.get().treeToValue(YamlDocs.read(file).get(0), Kustomization.TransformerConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static void replaceImageAt(ObjectNode node, String[] path, int i, Kustomization.Image image) {
        JsonNode child = node.get(path[i]);
        if (child == null) {
            return;
        }
        if (i == path.length - 1) {
            if (child.isTextual()) {
                node.put(path[i], newImage(child.asText(), image));
            }
        } else if (child.isObject()) {
            replaceImageAt((ObjectNode) child, path, i + 1, image);
        }
    }

    private static void applyPatch(Path dir, Kustomization.Patch p, List<ObjectNode> resources) {
        String text;
        try {
            text = p.path() != null ? Files.readString(dir.resolve(p.path())) : p.patch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode patch = YamlDocs.parseOne(text, dir + ":" + (p.path() != null ? p.path() : "inline patch"));
        int matched = 0;
        if (patch.isArray()) {
            if (p.target() == null) {
                throw new IllegalArgumentException("a JSON 6902 patch needs a target: " + text);
            }
            for (int i = 0; i < resources.size(); i++) {
                if (matches(resources.get(i), p.target())) {
                    resources.set(i, (ObjectNode) JsonPatch.apply(patch, resources.get(i)));
                    matched++;
                }
            }
        } else {
            Kustomization.Target target = p.target() != null
                    ? p.target()
                    : new Kustomization.Target(
                            null,
                            null,
                            patch.path("kind").asText(),
                            patch.path("metadata").path("name").asText(),
                            null,
                            null);
            for (ObjectNode r : resources) {
                if (matches(r, target)) {
                    ObjectNode body = patch.deepCopy();
                    if (p.target() != null) {
                        // kustomize applies a targeted strategic patch to each match whatever name it holds.
                        body.remove("metadata");
                    }
                    merge(r, body, isBuiltIn(r));
                    matched++;
                }
            }
        }
        if (matched == 0) {
            throw new IllegalArgumentException("patch matches no resource: " + text);
        }
    }

    private static boolean matches(ObjectNode r, Kustomization.Target t) {
        String apiVersion = r.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        if (t.group() != null && !t.group().equals(group)) {
            return false;
        }
        if (t.version() != null && !t.version().equals(version)) {
            return false;
        }
        if (t.kind() != null && !t.kind().equals(r.path("kind").asText())) {
            return false;
        }
        if (t.name() != null
                && !Pattern.matches(t.name(), r.path("metadata").path("name").asText())) {
            return false;
        }
        if (t.namespace() != null
                && !t.namespace().equals(r.path("metadata").path("namespace").asText())) {
            return false;
        }
        if (t.labelSelector() != null) {
            for (String term : t.labelSelector().split(",")) {
                String[] kv = term.split("=", 2);
                if (!kv[1].equals(r.path("metadata").path("labels").path(kv[0]).asText(null))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isBuiltIn(ObjectNode r) {
        String apiVersion = r.path("apiVersion").asText();
        return !apiVersion.contains("/")
                || apiVersion.startsWith("apps/")
                || apiVersion.startsWith("batch/")
                || apiVersion.startsWith("policy/")
                || apiVersion.startsWith("autoscaling/")
                || apiVersion.startsWith("networking.k8s.io/");
    }

    /**
     * Strategic merge: maps merge, null deletes; lists of built-in kinds with a merge key merge by that key,
     * other lists are replaced (what kustomize does for custom resources, which have no patch strategy).
     */
    static void merge(ObjectNode target, JsonNode patch, boolean builtIn) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            JsonNode value = e.getValue();
            JsonNode current = target.get(e.getKey());
            if (value.isNull()) {
                target.remove(e.getKey());
            } else if (value.isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, value, builtIn);
            } else if (value.isArray()
                    && current != null
                    && current.isArray()
                    && builtIn
                    && MERGE_KEYS.containsKey(e.getKey())) {
                mergeList((ArrayNode) current, (ArrayNode) value, MERGE_KEYS.get(e.getKey()), builtIn);
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        }
    }

    private static void mergeList(ArrayNode current, ArrayNode patch, String key, boolean builtIn) {
        for (JsonNode item : patch) {
            JsonNode existing = null;
            for (JsonNode c : current) {
                if (c.path(key).equals(item.path(key))) {
                    existing = c;
                }
            }
            if (existing != null) {
                merge((ObjectNode) existing, item, builtIn);
            } else {
                current.add(item.deepCopy());
            }
        }
    }

    private static void replaceImages(JsonNode node, Kustomization.Image image) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                if ((e.getKey().equals("containers") || e.getKey().equals("initContainers"))
                        && e.getValue().isArray()) {
                    for (JsonNode c : e.getValue()) {
                        if (c.has("image")) {
                            ((ObjectNode) c)
                                    .put("image", newImage(c.get("image").asText(), image));
                        }
                    }
                } else {
                    replaceImages(e.getValue(), image);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> replaceImages(n, image));
        }
    }

    private static String newImage(String current, Kustomization.Image image) {
        int at = current.indexOf('@');
        int colon = current.lastIndexOf(':');
        String name = at >= 0
                ? current.substring(0, at)
                : colon > current.lastIndexOf('/') ? current.substring(0, colon) : current;
        if (!name.equals(image.name())) {
            return current;
        }
        String suffix = current.substring(name.length());
        String newName = image.newName() != null ? image.newName() : name;
        if (image.digest() != null) {
            // kustomize keeps a newTag beside the digest (name:tag@digest); the digest is what is pulled.
            return newName + (image.newTag() != null ? ":" + image.newTag() : "") + "@" + image.digest();
        }
        if (image.newTag() != null) {
            return newName + ":" + image.newTag();
        }
        return newName + suffix;
    }

    private static ObjectNode meta(ObjectNode r) {
        return child(r, "metadata");
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        JsonNode existing = parent.get(name);
        return existing != null && existing.isObject() ? (ObjectNode) existing : parent.putObject(name);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
