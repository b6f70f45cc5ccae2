package id.go.cilegon.ppid.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An overlay rendered by {@link Kustomize} and loaded into typed models, cached per JVM. */
public final class Rendered {

    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    private final String overlay;
    private final List<ObjectNode> documents;
    private final List<Object> typed;

    private Rendered(String overlay) {
        this.overlay = overlay;
        this.documents = Kustomize.render(DeployPaths.overlay(overlay));
        this.typed = new ArrayList<>();
        for (ObjectNode doc : documents) {
            typed.add(TypedModels.load(doc, "overlays/" + overlay));
        }
    }

    public static Rendered of(String overlay) {
        return CACHE.computeIfAbsent(overlay, Rendered::new);
    }

    public String overlay() {
        return overlay;
    }

    public List<ObjectNode> documents() {
        return documents;
    }

    /** Every rendered resource of the given model type. */
    public <T> List<T> all(Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Object o : typed) {
            if (type.isInstance(o)) {
                result.add(type.cast(o));
            }
        }
        return result;
    }

    /** The one resource of this type with this name. */
    public <T> T one(Class<T> type, String name) {
        List<T> found = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            if (type.isInstance(typed.get(i))
                    && name.equals(
                            documents.get(i).path("metadata").path("name").asText())) {
                found.add(type.cast(typed.get(i)));
            }
        }
        if (found.size() != 1) {
            throw new AssertionError("overlays/" + overlay + ": expected one " + type.getSimpleName() + " " + name
                    + ", found " + found.size());
        }
        return found.get(0);
    }

    public boolean has(String kind, String name) {
        return documents.stream()
                .anyMatch(d -> kind.equals(d.path("kind").asText())
                        && name.equals(d.path("metadata").path("name").asText()));
    }
}
