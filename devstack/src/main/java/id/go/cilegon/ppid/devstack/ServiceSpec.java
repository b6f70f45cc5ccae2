package id.go.cilegon.ppid.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One platform application (a service or the portal) as the devstack runs it. {@link #PLATFORM} is the one place to
 * edit when one is added or needs another generated secret; everything else (database, environment) follows from it.
 *
 * @param name        Maven module and process name
 * @param defaultPort HTTP port
 * @param portSetting environment variable that moves the port
 * @param envPrefix   prefix of its settings: {@code <prefix>_DB_URL}, {@code _DB_USER}, {@code _DB_PASSWORD} (a
 *                    service's own database), and {@code <prefix>_URL}, its URL, which every application gets
 * @param kind        a service or the site
 * @param secrets     generated secrets (in {@code .devstack/secrets.env}) passed under their own names
 * @param env         fixed extra settings for the demo
 */
record ServiceSpec(
        String name,
        int defaultPort,
        String portSetting,
        String envPrefix,
        Kind kind,
        List<String> secrets,
        Map<String, String> env) {

    /** What an application is to the devstack; what differs between the kinds follows from it. */
    enum Kind {
        /**
         * A service: a REST API with its own database, and a clock the end-to-end build controls (it runs
         * {@code target/<PPID_SERVICE_APP>/}).
         */
        SERVICE,
        /**
         * The web front people open (the portal): no database, and no clock to control, so always its production
         * build; its URL leads the summary.
         */
        SITE
    }

    /** The four services, then the portal (it calls index-service), in start order. */
    static final List<ServiceSpec> PLATFORM = List.of(
            new ServiceSpec(
                    "request-service",
                    8081,
                    "PPID_PORT_REQUEST",
                    "PPID_REQUEST",
                    Kind.SERVICE,
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
            new ServiceSpec(
                    "routing-service", 8082, "PPID_PORT_ROUTING", "PPID_ROUTING", Kind.SERVICE, List.of(), Map.of()),
            new ServiceSpec(
                    "notification-service",
                    8083,
                    "PPID_PORT_NOTIFICATION",
                    "PPID_NOTIFICATION",
                    Kind.SERVICE,
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
                    Kind.SERVICE,
                    List.of(),
                    // one broker: Kafka Streams' internal topics with one replica, no standby
                    Map.of(
                            "_PROD_KAFKA_STREAMS_REPLICATION_FACTOR",
                            "1",
                            "_PROD_KAFKA_STREAMS_NUM_STANDBY_REPLICAS",
                            "0")),
            // reads the index topics and index-service's API (PPID_INDEX_URL); 8080 is free in the devstack
            new ServiceSpec("portal", 8080, "PPID_PORT_PORTAL", "PPID_PORTAL", Kind.SITE, List.of(), Map.of()));

    /** Whether it has its own database (and database user) on the devstack's PostgreSQL. */
    boolean hasDatabase() {
        return kind == Kind.SERVICE;
    }

    /** Its database and database user, e.g. {@code request_service}. */
    String database() {
        return name.replace('-', '_');
    }

    Path module(Path root) {
        return root.resolve(name);
    }

    /**
     * The build folder under {@code target/} this run starts: {@code PPID_SERVICE_APP} for a service ({@code
     * e2e-app} in the end-to-end test), always {@code quarkus-app} for the site, which has no clock to control.
     */
    String app(Settings settings) {
        return kind == Kind.SERVICE ? settings.serviceApp() : Settings.DEFAULT_SERVICE_APP;
    }

    /** The packaged build this run starts, {@code target/<app>/quarkus-run.jar}. */
    Path jar(Settings settings) {
        return module(settings.root()).resolve("target").resolve(app(settings)).resolve("quarkus-run.jar");
    }

    /** The service's configuration, read to map its {@code %prod} settings to the stack's values. */
    Path applicationProperties(Path root) {
        return module(root).resolve("src/main/resources/application.properties");
    }
}
