package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.cilegon.ppid.deploy.crd.KeycloakRealmImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The overlays import exactly ppid-realm.json (dev) and its production filter (prod), nothing stale. */
class RealmImportTest {

    private static final Set<String> DEMO_USERS = Set.of(
            "pemohon1",
            "pemohon2",
            "petugas.disdukcapil",
            "petugas.dlh",
            "petugas.dpupr",
            "petugas.dindikbud",
            "ppid.utama",
            "atasan.ppid",
            "admin.ppid");

    @BeforeAll
    static void regenerateWhenAsked() {
        if (Boolean.getBoolean("ppid.deploy.regenerate")) {
            ObjectNode realm = RealmFiles.sourceRealm();
            String webUrl = System.getProperty("ppid.deploy.web-url", currentProdWebUrl());
            RealmFiles.write("dev", realm);
            RealmFiles.write("prod", RealmFiles.prodRealm(realm, webUrl));
        }
    }

    private static String currentProdWebUrl() {
        Path file = RealmFiles.importFile("prod");
        if (!Files.exists(file)) {
            return RealmFiles.DEFAULT_PROD_WEB_URL;
        }
        return RealmFiles.webUrlOf(YamlDocs.read(file).get(0).path("spec").path("realm"));
    }

    private static ObjectNode importDoc(String overlay) {
        List<ObjectNode> docs = YamlDocs.read(RealmFiles.importFile(overlay));
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    @Test
    void theRealmIsHardened() {
        ObjectNode realm = RealmFiles.sourceRealm();
        String policy = realm.path("passwordPolicy").asText();
        for (String rule : List.of(
                "length(12)", "maxLength(128)", "notUsername", "notEmail", "passwordBlacklist(ppid-deny-list.txt)")) {
            assertTrue(policy.contains(rule), "password policy without " + rule + ": " + policy);
        }
        assertTrue(realm.path("bruteForceProtected").asBoolean(), "brute-force detection off");
        // A self-registered account signs in only after proving its address: official mail goes to its owner only.
        assertTrue(realm.path("registrationAllowed").asBoolean());
        assertTrue(realm.path("verifyEmail").asBoolean(), "self-registration without e-mail verification");
        for (String field : List.of("host", "port", "from", "user", "password")) {
            assertTrue(
                    realm.path("smtpServer").path(field).asText().matches("\\$\\{SMTP_[A-Z]+}"),
                    "smtpServer." + field + " must be a placeholder, never a value in the repository");
        }
        assertTrue(realm.path("failureFactor").asInt() <= 10, "too many failed logins before a lockout");
        for (JsonNode role : realm.path("roles").path("realm")) {
            if (role.path("name").asText().startsWith("default-roles-")) {
                role.path("composites")
                        .path("realm")
                        .forEach(composite -> assertFalse(
                                "offline_access".equals(composite.asText()),
                                "offline_access is a default role: every account could keep 30-day offline sessions"));
            }
        }
        Path denyList = DeployPaths.deploy().resolve("base/keycloak/ppid-deny-list.txt");
        List<String> denied = assertDoesNotThrow(() -> Files.readAllLines(denyList));
        assertFalse(denied.contains("ppid-demo-2026"), "the demo password must pass the policy");
        denied.forEach(
                entry -> assertEquals(entry.toLowerCase(Locale.ROOT).strip(), entry, "lower case, one per line"));
    }

    @Test
    void devImportsTheRealmFileAsIs() {
        ObjectNode doc = importDoc("dev");
        assertEquals(
                RealmFiles.sourceRealm(),
                doc.path("spec").path("realm"),
                "overlays/dev/realm-import.yaml is stale: regenerate it (deploy/README.md, \"Keycloak realm\")");
        assertEquals(RealmFiles.importDocument(RealmFiles.sourceRealm()), doc);
    }

    @Test
    void prodImportsTheFilteredRealmWithoutDemoUsers() {
        ObjectNode doc = importDoc("prod");
        JsonNode realm = doc.path("spec").path("realm");
        String webUrl = RealmFiles.webUrlOf(realm);
        assertNotNull(webUrl);
        assertTrue(webUrl.startsWith("https://"), "production UI must be https: " + webUrl);
        assertEquals(
                RealmFiles.prodRealm(RealmFiles.sourceRealm(), webUrl),
                realm,
                "overlays/prod/realm-import.yaml is stale: regenerate it (deploy/README.md, \"Keycloak realm\")");
        assertEquals(RealmFiles.importDocument(realm), doc);

        List<String> users = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            users.add(user.path("username").asText());
            assertTrue(user.has("serviceAccountClientId"), "only service-account users in prod: " + user);
        }
        assertFalse(users.isEmpty(), "the opd-system service-account users must stay (their role mapping)");
        users.forEach(u -> assertFalse(DEMO_USERS.contains(u), "demo user in prod: " + u));
        for (JsonNode client : realm.path("clients")) {
            if ("ppid-web".equals(client.path("clientId").asText())) {
                assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true), "password grant in prod");
                client.path("redirectUris")
                        .forEach(uri -> assertTrue(uri.asText().startsWith(webUrl), uri.asText()));
            }
        }
        assertFalse(realm.toString().contains("ppid-demo-2026"), "demo password in the prod realm");
    }

    @Test
    void everyPlaceholderComesFromTheDocumentedSecret() throws Exception {
        Set<String> expected = RealmFiles.placeholders(RealmFiles.sourceRealm());
        assertFalse(expected.isEmpty());
        String readme = Files.readString(DeployPaths.deploy().resolve("README.md"));
        assertTrue(
                readme.contains(RealmFiles.PLACEHOLDER_SECRET),
                "README must say how to create " + RealmFiles.PLACEHOLDER_SECRET);
        for (String overlay : DeployPaths.overlays()) {
            KeycloakRealmImport imp = TypedModels.load(importDoc(overlay), KeycloakRealmImport.class);
            assertEquals("ppid-keycloak", imp.spec().keycloakCRName());
            assertEquals(expected, new TreeSet<>(imp.spec().placeholders().keySet()), overlay);
            imp.spec().placeholders().forEach((name, placeholder) -> {
                assertEquals(RealmFiles.PLACEHOLDER_SECRET, placeholder.secret().getName());
                assertEquals(name, placeholder.secret().getKey());
                assertTrue(readme.contains(name), "README must list the Secret key " + name);
            });
        }
    }

    /** The Java filter is a faithful copy of prod-realm.jq: both give the same realm (when jq is there). */
    @Test
    void javaFilterEqualsTheJqFilter() throws Exception {
        assumeTrue(onPath("jq"), "jq not installed");
        String webUrl = "https://ppid.example.go.id";
        Process jq = new ProcessBuilder(
                        "jq",
                        "-f",
                        DeployPaths.deploy().resolve("keycloak/prod-realm.jq").toString(),
                        "--arg",
                        "webUrl",
                        webUrl,
                        RealmFiles.realmJson().toString())
                .redirectErrorStream(true)
                .start();
        byte[] out = jq.getInputStream().readAllBytes();
        assertTrue(jq.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, jq.exitValue(), new String(out));
        assertEquals(new ObjectMapper().readTree(out), RealmFiles.prodRealm(RealmFiles.sourceRealm(), webUrl));
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
