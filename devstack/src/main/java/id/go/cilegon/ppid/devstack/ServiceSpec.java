package id.go.cilegon.ppid.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One platform service as the devstack runs it. {@link #PLATFORM} is the one place to edit when a service is
 * added or needs another generated secret; everything else (database, environment) follows from it.
 *
 * @param name        Maven module and process name
 * @param defaultPort HTTP port
 * @param portSetting environment variable that moves the port
 * @param envPrefix   prefix of the service's own settings: {@code <prefix>_DB_URL}, {@code _DB_USER},
 *                    {@code _DB_PASSWORD}
 * @param secrets     generated secrets (in {@code .devstack/secrets.env}) passed under their own names
 * @param env         fixed extra settings for the demo
 */
record ServiceSpec(
        String name,
        int defaultPort,
        String portSetting,
        String envPrefix,
        List<String> secrets,
        Map<String, String> env) {

    /** The four services, in start order. */
    static final List<ServiceSpec> PLATFORM = List.of(
            new ServiceSpec(
                    "request-service",
                    8081,
                    "PPID_PORT_REQUEST",
                    "PPID_REQUEST",
                    List.of(Secrets.NIK_KEY),
                    // two demo accounts on one address file the demo data, the walkthrough and the benchmarks:
                    // the intake limits of a city (request-service README) would stop them
                    Map.of(
                            "PPID_INTAKE_LIMITS_PER_APPLICANT_PER_MINUTE",
                            "100000",
                            "PPID_INTAKE_LIMITS_PER_ADDRESS_PER_MINUTE",
                            "100000",
                            "PPID_INTAKE_LIMITS_PER_APPLICANT_PER_DAY",
                            "100000")),
            new ServiceSpec("routing-service", 8082, "PPID_PORT_ROUTING", "PPID_ROUTING", List.of(), Map.of()),
            new ServiceSpec(
                    "notification-service",
                    8083,
                    "PPID_PORT_NOTIFICATION",
                    "PPID_NOTIFICATION",
                    List.of(),
                    // escalations reach the demo accounts' mailboxes (deploy/keycloak/ppid-realm.json);
                    // GreenMail on 127.0.0.1 speaks plain SMTP (no STARTTLS)
                    Map.of(
                            "PPID_MAIN_EMAIL",
                            "ppid.utama@ppid.cilegon.example",
                            "PPID_SUPERIOR_EMAIL",
                            "atasan.ppid@ppid.cilegon.example",
                            "_PROD_QUARKUS_MAILER_START_TLS",
                            "DISABLED")),
            new ServiceSpec(
                    "index-service",
                    8084,
                    "PPID_PORT_INDEX",
                    "PPID_INDEX",
                    List.of(),
                    // one broker: Kafka Streams' internal topics with one replica, no standby
                    Map.of(
                            "_PROD_KAFKA_STREAMS_REPLICATION_FACTOR",
                            "1",
                            "_PROD_KAFKA_STREAMS_NUM_STANDBY_REPLICAS",
                            "0")));

    /** Its database and database user, e.g. {@code request_service}. */
    String database() {
        return name.replace('-', '_');
    }

    Path module(Path root) {
        return root.resolve(name);
    }

    /** The packaged build {@code ./ppid} runs. */
    Path jar(Path root) {
        return jar(root, Settings.DEFAULT_SERVICE_APP);
    }

    /** The packaged build in {@code target/<app>/}: {@code quarkus-app}, or {@code e2e-app} for the e2e test. */
    Path jar(Path root, String app) {
        return module(root).resolve("target").resolve(app).resolve("quarkus-run.jar");
    }

    /** The service's configuration, read to map its {@code %prod} settings to the stack's values. */
    Path applicationProperties(Path root) {
        return module(root).resolve("src/main/resources/application.properties");
    }
}
