package id.go.cilegon.ppid.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The realm imports of the overlays, generated from deploy/keycloak/ppid-realm.json: dev as is, prod through
 * {@link #prodRealm}, the Java twin of deploy/keycloak/prod-realm.jq (RealmImportTest compares the two when
 * jq is installed). Run with {@code -Dppid.deploy.regenerate=true} to rewrite the files.
 */
public final class RealmFiles {

    /** Secret (created by the operator of the platform) holding one key per realm placeholder. */
    public static final String PLACEHOLDER_SECRET = "ppid-keycloak-realm";

    public static final String DEFAULT_PROD_WEB_URL = "https://ppid.cilegon.go.id";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RealmFiles() {}

    public static Path realmJson() {
        return DeployPaths.deploy().resolve("keycloak/ppid-realm.json");
    }

    public static Path importFile(String overlay) {
        return DeployPaths.overlay(overlay).resolve("realm-import.yaml");
    }

    public static ObjectNode sourceRealm() {
        try {
            return (ObjectNode) JSON.readTree(realmJson().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** prod-realm.jq in Java: only service-account users; ppid-web without password grant, real UI URL. */
    public static ObjectNode prodRealm(ObjectNode realm, String webUrl) {
        ObjectNode prod = realm.deepCopy();
        ArrayNode users = prod.putArray("users");
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                users.add(user.deepCopy());
            }
        }
        for (JsonNode client : prod.path("clients")) {
            if ("ppid-web".equals(client.path("clientId").asText())) {
                ObjectNode web = (ObjectNode) client;
                web.put("directAccessGrantsEnabled", false);
                web.putArray("redirectUris").add(webUrl + "/*");
                web.putArray("webOrigins").add(webUrl);
                JsonNode attributes = web.get("attributes");
                ObjectNode attrs = attributes != null && attributes.isObject()
                        ? (ObjectNode) attributes
                        : web.putObject("attributes");
                attrs.put("post.logout.redirect.uris", webUrl + "/*");
            }
        }
        return prod;
    }

    /** The {@code ${NAME}} placeholders of a realm, sorted. */
    public static Set<String> placeholders(JsonNode realm) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(realm.toString());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The KeycloakRealmImport document for a realm. */
    public static ObjectNode importDocument(JsonNode realm) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        doc.put("kind", "KeycloakRealmImport");
        doc.putObject("metadata").put("name", "ppid-realm");
        ObjectNode spec = doc.putObject("spec");
        spec.put("keycloakCRName", "ppid-keycloak");
        ObjectNode placeholders = spec.putObject("placeholders");
        for (String name : placeholders(realm)) {
            ObjectNode secret = placeholders.putObject(name).putObject("secret");
            secret.put("name", PLACEHOLDER_SECRET);
            secret.put("key", name);
        }
        spec.set("realm", realm);
        return doc;
    }

    public static String render(String overlay, JsonNode realm) {
        String header = "# GENERATED from deploy/keycloak/ppid-realm.json"
                + ("prod".equals(overlay)
                        ? " through the filter of deploy/keycloak/prod-realm.jq (no demo users,\n"
                                + "# no password grant, ppid-web only for " + webUrlOf(realm)
                                + ")"
                        : " (with the demo users)")
                + ".\n# Do not edit: change the realm file and regenerate (deploy/README.md, \"Keycloak realm\").\n"
                + "# Each ${NAME} of the realm is taken from key NAME of Secret " + PLACEHOLDER_SECRET + ".\n";
        return header + YamlDocs.write(importDocument(realm));
    }

    public static void write(String overlay, JsonNode realm) {
        try {
            Files.writeString(importFile(overlay), render(overlay, realm));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The web URL a prod realm was generated for (the only origin of ppid-web). */
    public static String webUrlOf(JsonNode realm) {
        for (JsonNode client : realm.path("clients")) {
            if ("ppid-web".equals(client.path("clientId").asText())) {
                Iterator<JsonNode> origins = client.path("webOrigins").elements();
                return origins.hasNext() ? origins.next().asText() : null;
            }
        }
        return null;
    }
}
