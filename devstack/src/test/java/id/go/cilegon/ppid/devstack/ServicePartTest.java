package id.go.cilegon.ppid.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service gets its settings by convention and through the %prod lines of its own application.properties. */
class ServicePartTest {

    @TempDir
    Path root;

    private ServicePart part(ServiceSpec spec, Settings settings) {
        Secrets secrets = Secrets.load(root.resolve(".devstack/secrets.env"));
        MailPart mail = new MailPart(root.resolve("mail"), root.resolve("mail.log"), 12525);
        return new ServicePart(
                spec,
                settings,
                secrets,
                new PostgresPart(root.resolve("pg"), root.resolve("pg.log"), 15999, List.of(), "db-pw"),
                new KafkaPart(root.resolve("kafka"), root.resolve("kafka.log"), 19999, 19998),
                new KeycloakPart(
                        root.resolve("kc"), root.resolve("realm.json"), root.resolve("kc.log"), 18999, secrets, mail),
                mail);
    }

    private static ServiceSpec platform(String name) {
        return ServiceSpec.PLATFORM.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void thePortalGetsTheBrokerAndIndexServicesUrlButNoDatabase() throws Exception {
        Path resources = Files.createDirectories(root.resolve("portal/src/main/resources"));
        Files.writeString(
                resources.resolve("application.properties"),
                String.join(
                        "\n",
                        "%prod.kafka.bootstrap.servers=${KAFKA_BOOTSTRAP_SERVERS}",
                        "quarkus.rest-client.index.url=${PPID_INDEX_URL:http://localhost:8084}"));
        Settings settings = new Settings(
                root,
                root.resolve(".devstack"),
                Map.of("PPID_PORT_PORTAL", "18080", "PPID_PORT_INDEX", "18084", "PPID_SERVICE_APP", "e2e-app"));
        ServiceSpec portal = platform("portal");

        ServicePart part = part(portal, settings);
        Map<String, String> env = part.environment();

        assertEquals("18080", env.get("QUARKUS_HTTP_PORT"));
        assertEquals("127.0.0.1:19999", env.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("http://127.0.0.1:18084", env.get("PPID_INDEX_URL"), "index-service where this run has it");
        assertFalse(portal.hasDatabase());
        assertEquals(
                List.of(),
                env.keySet().stream().filter(k -> k.contains("_DB_")).toList(),
                "no database settings for the portal");
        assertEquals(List.of(), part.unsetVariables());
        assertTrue(part.site());
        assertTrue(part.describe().get(0).startsWith("Portal (public site): http://127.0.0.1:18080/"));
        // no clock to control: the e2e test runs its production build, the services their e2e build
        assertEquals(root.resolve("portal/target/quarkus-app/quarkus-run.jar"), portal.jar(settings));
        assertEquals(
                root.resolve("index-service/target/e2e-app/quarkus-run.jar"),
                platform("index-service").jar(settings));
    }

    @Test
    void everyServiceButThePortalHasADatabase() {
        assertEquals(
                List.of("request_service", "routing_service", "notification_service", "index_service"),
                ServiceSpec.PLATFORM.stream()
                        .filter(ServiceSpec::hasDatabase)
                        .map(ServiceSpec::database)
                        .toList());
    }

    @Test
    void defaultPortsAreDistinct() {
        List<Integer> ports = new ArrayList<>(List.of(
                PostgresPart.DEFAULT_PORT,
                KafkaPart.DEFAULT_PORT,
                KafkaPart.DEFAULT_CONTROLLER_PORT,
                MailPart.DEFAULT_PORT,
                KeycloakPart.DEFAULT_PORT));
        ServiceSpec.PLATFORM.forEach(s -> ports.add(s.defaultPort()));
        assertEquals(ports.size(), ports.stream().distinct().count(), "one default port each: " + ports);
    }

    @Test
    void environmentFollowsTheConventionAndTheServicesOwnPlaceholders() throws Exception {
        Path resources = Files.createDirectories(root.resolve("probe-service/src/main/resources"));
        Files.writeString(
                resources.resolve("application.properties"),
                String.join(
                        "\n",
                        "quarkus.http.port=8089",
                        "%prod.quarkus.datasource.jdbc.url=${PROBE_JDBC}",
                        "%prod.quarkus.datasource.username=${PPID_PROBE_DB_USER}",
                        "%prod.kafka.bootstrap.servers=${BROKERS:localhost:9092}",
                        "%prod.quarkus.mailer.port=${SMTP_PORT}",
                        "%prod.ppid.webhook.signing-key=${PPID_WEBHOOK_KEY}",
                        "ppid.optional=${PPID_OPTIONAL:}",
                        "%dev.ppid.only-in-dev=${DEV_ONLY}",
                        "%test.ppid.only-in-test=${TEST_ONLY}"));
        Settings settings = new Settings(root, root.resolve(".devstack"), Map.of("PPID_PORT_PROBE", "18089"));
        Secrets secrets = Secrets.load(root.resolve(".devstack/secrets.env"));
        PostgresPart postgres =
                new PostgresPart(root.resolve("pg"), root.resolve("pg.log"), 15999, List.of("probe_service"), "db-pw");
        KafkaPart kafka = new KafkaPart(root.resolve("kafka"), root.resolve("kafka.log"), 19999, 19998);
        MailPart mail = new MailPart(root.resolve("mail"), root.resolve("mail.log"), 12525);
        KeycloakPart keycloak = new KeycloakPart(
                root.resolve("kc"), root.resolve("realm.json"), root.resolve("kc.log"), 18999, secrets, mail);
        ServiceSpec spec = new ServiceSpec(
                "probe-service",
                8089,
                "PPID_PORT_PROBE",
                "PPID_PROBE",
                ServiceSpec.Kind.SERVICE,
                List.of(Secrets.NIK_KEY),
                Map.of("PPID_MAIN_EMAIL", "ppid.utama@ppid.cilegon.example"));

        ServicePart service = new ServicePart(spec, settings, secrets, postgres, kafka, keycloak, mail);
        Map<String, String> env = service.environment();

        assertEquals("18089", env.get("QUARKUS_HTTP_PORT"), "the port setting wins over the default");
        assertEquals("127.0.0.1", env.get("QUARKUS_HTTP_HOST"));
        // the convention
        assertEquals("jdbc:postgresql://127.0.0.1:15999/probe_service", env.get("PPID_PROBE_DB_URL"));
        assertEquals("probe_service", env.get("PPID_PROBE_DB_USER"));
        assertEquals("db-pw", env.get("PPID_PROBE_DB_PASSWORD"));
        assertEquals("127.0.0.1:19999", env.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("http://127.0.0.1:18999/realms/ppid", env.get("PPID_OIDC_URL"));
        assertEquals(secrets.get(Secrets.NIK_KEY), env.get(Secrets.NIK_KEY));
        assertEquals("http://127.0.0.1:8084", env.get("PPID_INDEX_URL"), "every application's URL, for its clients");
        // the service's own names for the same settings
        assertEquals("jdbc:postgresql://127.0.0.1:15999/probe_service", env.get("PROBE_JDBC"));
        assertEquals("127.0.0.1:19999", env.get("BROKERS"));
        assertEquals("12525", env.get("SMTP_PORT"));
        assertFalse(env.containsKey("QUARKUS_PROFILE"));
        assertEquals("ppid.utama@ppid.cilegon.example", env.get("PPID_MAIN_EMAIL"), "the spec's fixed settings");
        assertEquals("false", env.get("_PROD_QUARKUS_LOG_CONSOLE_JSON_ENABLED"), "readable logs for every service");
        assertFalse(env.containsKey("_PROD_QUARKUS_MAILER_START_TLS"), "mail settings only for the service that mails");

        assertEquals(
                List.of("PPID_WEBHOOK_KEY"),
                service.unsetVariables(),
                "only a production setting without a default that the stack cannot answer");
    }

    @Test
    void defaultJavaOptionsAreAcceptedByThisJdk() throws Exception {
        // an option this JDK does not know (TrimNativeHeapInterval is a product option only since JDK 17.0.11) would
        // stop every service at start ("Unrecognized VM option"); the launcher runs the services with its own JDK
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(ServicePart.DEFAULT_JAVA_OPTS.split("\\s+")));
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, java.waitFor(), output);
        assertFalse(output.contains("warning"), output);
    }
}
