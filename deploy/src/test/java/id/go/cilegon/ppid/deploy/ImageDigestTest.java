package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.cilegon.ppid.deploy.crd.Kustomization;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Production pulls every image by digest, never by a tag that can move: the services' images, Keycloak's and
 * PostgreSQL's, in containers and in the operators' custom resources alike. The digests come from the overlay's
 * images: list, which the release fills in with deploy/images/pin-prod-digests.sh; the repository holds placeholders
 * of the same form.
 */
class ImageDigestTest {

    /** A reference with a registry, an optional tag (read by people and by CloudNativePG) and a sha256 digest. */
    private static final Pattern PINNED = Pattern.compile("(?<name>(?<registry>[a-z0-9]+(?:[.-][a-z0-9]+)*(?::[0-9]+)?)"
            + "(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+)(?::(?<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?"
            + "@sha256:[0-9a-f]{64}");

    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final String PLACEHOLDER = "sha256:" + "0".repeat(64);
    private static final Path SCRIPT = DeployPaths.deploy().resolve("images/pin-prod-digests.sh");

    @TempDir
    Path tmp;

    @Test
    void everyImageOfProdIsPulledByDigest() {
        Map<String, String> images = images(Rendered.of("prod"));
        List<String> unpinned = new ArrayList<>();
        images.forEach((where, image) -> {
            Matcher m = PINNED.matcher(image);
            if (!m.matches()) {
                unpinned.add(where + ": " + image);
            } else if (!m.group("registry").contains(".")
                    && !m.group("registry").contains(":")) {
                unpinned.add(where + ": " + image + " (no registry: it would be looked up on Docker Hub)");
            }
        });
        assertEquals(List.of(), unpinned, "prod images not pinned by a sha256 digest");
        // The walk found what prod runs: the four services and the portal in containers, Keycloak and PostgreSQL in
        // their
        // resources.
        TreeSet<String> kinds = new TreeSet<>();
        images.keySet().forEach(where -> kinds.add(where.substring(0, where.indexOf(' '))));
        assertEquals(new TreeSet<>(List.of("Cluster", "Deployment", "Keycloak")), kinds, images.toString());
        assertEquals(
                5,
                images.keySet().stream()
                        .filter(w -> w.startsWith("Deployment "))
                        .count(),
                images.toString());
    }

    /** Every digest of prod is written by the images: list, which is all the release script edits. */
    @Test
    void everyPinIsAnEntryOfTheImagesList() {
        Kustomization k = Kustomize.load(DeployPaths.overlay("prod"));
        Map<String, Kustomization.Image> byRepository = new TreeMap<>();
        for (Kustomization.Image image : k.images()) {
            assertNotNull(image.digest(), image.name() + ": no digest");
            assertTrue(DIGEST.matcher(image.digest()).matches(), image.name() + ": " + image.digest());
            assertNotNull(image.newTag(), image.name() + ": no newTag, the version the digest is taken from");
            byRepository.put(image.newName() != null ? image.newName() : image.name(), image);
        }
        Map<String, String> dev = new TreeMap<>();
        images(Rendered.of("dev")).forEach((where, image) -> dev.put(repository(image), image));
        images(Rendered.of("prod")).forEach((where, image) -> {
            Kustomization.Image entry = byRepository.get(repository(image));
            assertNotNull(entry, where + ": " + image + " is pinned outside the images: list");
            assertTrue(image.endsWith("@" + entry.digest()), where + ": " + image);
            if (!entry.name().startsWith("ppid/")) {
                // Keycloak and PostgreSQL: the version pinned is the one base/ (and so dev) runs.
                String base = dev.get(entry.name());
                assertNotNull(base, entry.name() + " is not an image of base/");
                assertEquals(entry.name() + ":" + entry.newTag(), base, "prod pins another version than base/ runs");
            }
        });
    }

    @Test
    void theReleaseScriptWritesTheDigestsAndNothingElse() throws Exception {
        assumeTrue(RealmImportTest.onPath("sh") && RealmImportTest.onPath("awk"), "no sh or awk");
        Path original = DeployPaths.overlay("prod").resolve("kustomization.yaml");
        Path copy = tmp.resolve("kustomization.yaml");
        Files.copy(original, copy);
        assertEquals(1, run("-f", copy.toString(), "--check"), "the repository holds placeholders, not released pins");

        List<String> args = new ArrayList<>(List.of("-f", copy.toString()));
        Map<String, String> digests = new TreeMap<>();
        int i = 1;
        for (Kustomization.Image image :
                Kustomize.load(DeployPaths.overlay("prod")).images()) {
            String digest = "sha256:" + Integer.toHexString(i++).repeat(64).substring(0, 64);
            digests.put(image.name(), digest);
            args.add(image.name() + "=" + digest);
        }
        assertEquals(0, run(args.toArray(String[]::new)));

        for (Kustomization.Image image : Kustomize.load(tmp).images()) {
            assertEquals(digests.get(image.name()), image.digest(), image.name());
        }
        List<String> before = Files.readAllLines(original);
        List<String> after = Files.readAllLines(copy);
        assertEquals(before.size(), after.size());
        for (int line = 0; line < before.size(); line++) {
            if (!before.get(line).equals(after.get(line))) {
                assertTrue(
                        before.get(line).trim().startsWith("digest: ")
                                && after.get(line).trim().startsWith("digest: "),
                        "the script changed more than a digest: " + after.get(line));
            }
        }
        assertEquals(0, run("-f", copy.toString(), "--check"));
        // A name the images: list does not have, or a malformed digest, changes nothing.
        assertEquals(2, run("-f", copy.toString(), "ppid/unknown=" + PLACEHOLDER.replace('0', 'a')));
        assertEquals(2, run("-f", copy.toString(), "ppid/request-service=sha256:abc"));
        assertEquals(0, run("-f", copy.toString(), "--check"));
    }

    /** Every image reference of an overlay: the image fields of containers and of custom resources, by place. */
    static Map<String, String> images(Rendered r) {
        Map<String, String> found = new TreeMap<>();
        for (ObjectNode doc : r.documents()) {
            collect(
                    doc,
                    doc.path("kind").asText() + " "
                            + doc.path("metadata").path("name").asText(),
                    found);
        }
        assertFalse(found.isEmpty());
        return found;
    }

    private static void collect(JsonNode node, String where, Map<String, String> found) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                if ((e.getKey().equals("image") || e.getKey().equals("imageName"))
                        && e.getValue().isTextual()) {
                    found.put(where + " " + e.getKey(), e.getValue().asText());
                } else {
                    collect(e.getValue(), where + "/" + e.getKey(), found);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), where + "/" + i, found);
            }
        }
    }

    /** The repository of a reference: without tag and digest. */
    private static String repository(String image) {
        String name = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf('/') ? name.substring(0, colon) : name;
    }

    private int run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        System.out.println(String.join(" ", command) + " -> " + code + "\n" + output);
        return code;
    }
}
