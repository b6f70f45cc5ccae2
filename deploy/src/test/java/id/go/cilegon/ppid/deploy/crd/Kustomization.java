package id.go.cilegon.ppid.deploy.crd;

import java.util.List;
import java.util.Map;

/**
 * The part of kustomize's {@code Kustomization}/{@code Component} this repository uses; anything else in a
 * kustomization.yaml fails to load (the Java renderer would ignore it, so it must not be there).
 */
public record Kustomization(
        String apiVersion,
        String kind,
        String namespace,
        List<String> resources,
        List<String> components,
        List<Label> labels,
        List<Patch> patches,
        List<Image> images,
        List<Generator> configMapGenerator,
        List<String> configurations) {

    /** {@code labels:} entry. */
    public record Label(Map<String, String> pairs, Boolean includeSelectors, Boolean includeTemplates) {}

    /** {@code patches:} entry: a file or inline strategic merge patch, or a JSON 6902 patch with a target. */
    public record Patch(String path, String patch, Target target) {}

    /** Patch target selector. */
    public record Target(
            String group, String version, String kind, String name, String namespace, String labelSelector) {}

    /** {@code images:} entry. */
    public record Image(String name, String newName, String newTag, String digest) {}

    /**
     * A file of {@code configurations:}: more fields the images transformer sets, besides the containers' and init
     * containers' {@code image} (e.g. the image fields of custom resources).
     */
    public record TransformerConfig(List<FieldSpec> images) {}

    /** Where a transformer looks: a slash-separated path in the resources of a kind (and group, version). */
    public record FieldSpec(String path, String group, String version, String kind, Boolean create) {}

    /** {@code configMapGenerator:} entry. */
    public record Generator(String name, List<String> files, List<String> literals, Options options) {}

    /** Generator options. */
    public record Options(Boolean disableNameSuffixHash, Map<String, String> labels, Map<String, String> annotations) {}
}
