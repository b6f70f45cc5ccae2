package id.go.cilegon.ppid.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher behind {@code ./ppid}: starts PostgreSQL, Kafka, the SMTP server, Keycloak and the built services and
 * portal in order, waits until each is healthy, prints how to use the platform (the portal's URL first), and on
 * SIGTERM/Ctrl-C stops them in reverse (services and portal, Keycloak, mail, Kafka, PostgreSQL).
 */
public final class Devstack {

    static final String PID_FILE = "launcher.pid";
    static final String STATE_FILE = "state";
    static final String SUMMARY_FILE = "summary.txt";
    /** {@code false} skips the demo data. */
    static final String DEMO_DATA_SETTING = "PPID_DEMO_DATA";

    private final Settings settings;
    private final Object lifecycle = new Object();
    private final List<Part> started = new ArrayList<>();
    private volatile boolean stopping;

    private PostgresPart postgres;
    private KafkaPart kafka;
    private MailPart mail;
    private KeycloakPart keycloak;
    private final List<ServicePart> services = new ArrayList<>();
    /** Services that do not run, with the reason. */
    private final List<String> left = new ArrayList<>();

    Devstack(Settings settings) {
        this.settings = settings;
    }

    /** {@code up} or {@code status}; the root folder comes from {@code -Dppid.devstack.root}. */
    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("ppid.devstack.root", "."))
                .toAbsolutePath()
                .normalize();
        String command = args.length == 0 ? "" : args[0];
        int code;
        try {
            switch (command) {
                case "up":
                    code = new Devstack(Settings.fromEnvironment(root)).up();
                    break;
                case "status":
                    code = new Devstack(Settings.fromEnvironment(root).savedOrThis()).status();
                    break;
                case "demo":
                    code = new Devstack(Settings.fromEnvironment(root).savedOrThis()).demo();
                    break;
                default:
                    System.err.println("usage: Devstack up|status|demo   (use ./ppid)");
                    code = 64;
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("ppid: " + e.getMessage());
            code = 2;
        }
        if (code != 0 || !"up".equals(command)) {
            System.exit(code); // runs the shutdown hook after a failed start
        }
    }

    // ---------------------------------------------------------------------------------------------------- parts

    /** Creates every part (nothing starts); services without a packaged build are left out and listed. */
    private void createParts(Secrets secrets) {
        Path state = settings.state();
        List<String> databases = ServiceSpec.PLATFORM.stream()
                .filter(ServiceSpec::hasDatabase)
                .map(ServiceSpec::database)
                .toList();
        postgres = new PostgresPart(
                state.resolve("postgres"),
                settings.logFile("postgres"),
                settings.port(PostgresPart.PORT_SETTING, PostgresPart.DEFAULT_PORT),
                databases,
                secrets.get(Secrets.DB_PASSWORD));
        kafka = new KafkaPart(
                state.resolve("kafka"),
                settings.logFile("kafka"),
                settings.port(KafkaPart.PORT_SETTING, KafkaPart.DEFAULT_PORT),
                settings.port(KafkaPart.CONTROLLER_PORT_SETTING, KafkaPart.DEFAULT_CONTROLLER_PORT));
        mail = new MailPart(
                state.resolve("mail"),
                settings.logFile("mail"),
                settings.port(MailPart.PORT_SETTING, MailPart.DEFAULT_PORT));
        keycloak = new KeycloakPart(
                state.resolve("keycloak"),
                settings.root().resolve("deploy/keycloak/ppid-realm.json"),
                settings.logFile("keycloak"),
                settings.port(KeycloakPart.PORT_SETTING, KeycloakPart.DEFAULT_PORT),
                secrets,
                mail);
        List<String> wanted = wantedServices();
        for (ServiceSpec spec : ServiceSpec.PLATFORM) {
            if (!wanted.contains(spec.name())) {
                left.add(spec.name() + " (not in PPID_SERVICES)");
            } else if (Files.isRegularFile(spec.jar(settings))) {
                services.add(new ServicePart(spec, settings, secrets, postgres, kafka, keycloak, mail));
            } else {
                left.add(spec.name() + " (not built yet: no " + settings.show(spec.jar(settings)) + ")");
            }
        }
    }

    /** {@code PPID_SERVICES} (comma-separated) limits which services run; all by default. */
    private List<String> wantedServices() {
        List<String> all = ServiceSpec.PLATFORM.stream().map(ServiceSpec::name).toList();
        String raw = settings.value("PPID_SERVICES", "");
        if (raw.isBlank()) {
            return all;
        }
        List<String> wanted = java.util.Arrays.stream(raw.split("[,\\s]+"))
                .filter(x -> !x.isBlank())
                .toList();
        for (String w : wanted) {
            if (!all.contains(w)) {
                throw new IllegalArgumentException("PPID_SERVICES names '" + w + "'; the services are " + all);
            }
        }
        return wanted;
    }

    private List<Part> allParts() {
        List<Part> all = new ArrayList<>(List.of(postgres, kafka, mail, keycloak));
        all.addAll(services);
        return all;
    }

    /** Stop order: the services first (they use everything else), PostgreSQL last. */
    private List<Part> stopOrder() {
        List<Part> order = new ArrayList<>(services);
        order.addAll(List.of(keycloak, mail, kafka, postgres));
        return order;
    }

    // ---------------------------------------------------------------------------------------------------- up

    int up() {
        long t0 = System.nanoTime();
        Path state = settings.state();
        try {
            Files.createDirectories(state);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create " + state + ": " + e.getMessage());
        }
        Optional<ProcessHandle> running = runningLauncher(state);
        if (running.isPresent()) {
            System.err.println("ppid: the platform is already running (launcher pid "
                    + running.get().pid() + "). See ./ppid status, stop it with ./ppid down.");
            return 2;
        }
        writeState("starting"); // a launcher killed with -9 may have left "ready" behind
        System.out.println("PPID devstack in " + settings.root() + " (state: " + settings.show(state) + "/)");
        Logs.install(settings.logs());
        Secrets secrets = Secrets.load(state.resolve("secrets.env"));
        createParts(secrets);
        for (String reason : left) {
            System.out.println("  skipped: " + reason);
        }
        try {
            postgres.stopOrphan();
        } catch (IOException e) {
            System.out.println("  postgres: cannot check for a server left running: " + e.getMessage());
        }
        if (!portsFree()) {
            writeState("failed");
            return 2;
        }
        for (ServicePart s : services) {
            try {
                for (String v : s.unsetVariables()) {
                    System.out.println("  note: " + s.name() + " reads ${" + v + "}, which ./ppid does not set;"
                            + " export it before ./ppid up if the service needs it");
                }
            } catch (IOException e) {
                System.out.println("  note: cannot read the configuration of " + s.name() + ": " + e.getMessage());
            }
        }
        try {
            secrets.ensure(List.of(Secrets.NIK_KEY, Secrets.DB_PASSWORD, Secrets.KEYCLOAK_ADMIN_PASSWORD));
            secrets.ensure(keycloak.secretPlaceholders());
            secrets.save();
            Files.writeString(
                    state.resolve(PID_FILE),
                    Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write to " + state + ": " + e.getMessage());
        }
        settings.remember(
                "PPID_SERVICES",
                String.join(",", services.stream().map(Part::name).toList()));
        settings.save();
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "ppid-devstack-shutdown"));

        try {
            Duration timeout = settings.startupTimeout();
            long deadline = System.nanoTime() + timeout.toNanos();
            // Keycloak is slowest (and independent): spawn it first, start the in-process parts meanwhile.
            startPart(keycloak);
            for (Part p : List.of(postgres, kafka, mail)) {
                long begin = System.nanoTime();
                startPart(p);
                awaitHealthy(p, begin, deadline, timeout);
            }
            awaitHealthy(keycloak, t0, deadline, timeout);
            long servicesBegin = System.nanoTime();
            long servicesDeadline = servicesBegin + timeout.toNanos();
            for (ServicePart s : services) {
                startPart(s);
            }
            for (ServicePart s : services) {
                awaitHealthy(s, servicesBegin, servicesDeadline, timeout);
            }
        } catch (StartFailure f) {
            System.out.println();
            System.out.println("FAILED: " + f.getMessage());
            if (f.part != null && f.part.log() != null) {
                System.out.println("--- last 40 lines of " + f.part.log() + " ---");
                System.out.println(Logs.tail(f.part.log(), 40));
                System.out.println("---");
            }
            writeState("failed");
            return 1;
        } catch (Stopping s) {
            return 130;
        }

        double startSeconds = seconds(System.nanoTime() - t0);
        List<String> demo = seedDemoData();
        if (stopping) {
            return 130; // Ctrl-C or ./ppid down while the demo data was seeded: the shutdown hook stops everything
        }
        String summary = summary(startSeconds, demo);
        System.out.println();
        System.out.print(summary);
        try {
            Path file = state.resolve(SUMMARY_FILE);
            Files.writeString(file, summary, StandardCharsets.UTF_8);
            // it shows Keycloak's admin password, like secrets.env
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            // the summary was printed; the file is a convenience for ./ppid status
        }
        writeState("ready");
        watchServices();
        return 0;
    }

    private boolean portsFree() {
        Map<Integer, String> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Part p : allParts()) {
            for (Part.Port port : p.ports()) {
                String previous = seen.putIfAbsent(port.number(), p.name());
                if (previous != null) {
                    problems.add("port " + port.number() + " is configured for both " + previous + " and " + p.name()
                            + "; set " + port.setting() + "=...");
                } else if (!Ports.isFree(port.number())) {
                    String holder =
                            Ports.holder(port.number()).map(h -> " (" + h + ")").orElse("");
                    problems.add("port " + port.number() + " (" + p.name() + ") is in use by another program" + holder
                            + "; stop it or set " + port.setting() + "=...");
                }
            }
        }
        problems.forEach(m -> System.out.println("ppid: " + m));
        if (!problems.isEmpty()) {
            System.out.println("Nothing was started.");
        }
        return problems.isEmpty();
    }

    private void startPart(Part p) throws StartFailure {
        synchronized (lifecycle) {
            if (stopping) {
                throw new Stopping();
            }
            started.add(p); // before start(): a part that fails half-way is still stopped
            System.out.println("  starting " + p.name());
            try {
                p.start();
            } catch (Exception e) {
                throw new StartFailure(p, p.name() + " did not start: " + e, e);
            }
        }
    }

    private void awaitHealthy(Part p, long begin, long deadline, Duration timeout) throws StartFailure {
        long nextNote = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            if (stopping) {
                throw new Stopping();
            }
            Part.Health h = p.health();
            if (h.up()) {
                System.out.printf(
                        Locale.ROOT,
                        "  %-22s ready in %5.1f s   %s%n",
                        p.name(),
                        seconds(System.nanoTime() - begin),
                        h.detail());
                return;
            }
            if (h.detail().startsWith("exited")) {
                throw new StartFailure(p, p.name() + " " + h.detail() + " before it was ready", null);
            }
            long now = System.nanoTime();
            if (now > deadline) {
                throw new StartFailure(
                        p,
                        p.name() + " was not ready within " + timeout.toSeconds() + " s (PPID_STARTUP_TIMEOUT): "
                                + h.detail(),
                        null);
            }
            if (now > nextNote) {
                System.out.printf(
                        Locale.ROOT,
                        "  still waiting for %s (%.0f s): %s%n",
                        p.name(),
                        seconds(now - begin),
                        h.detail());
                nextNote = now + Duration.ofSeconds(30).toNanos();
            }
            sleep(500);
        }
    }

    /** Reports a service that dies while the platform runs; the others keep running. */
    private void watchServices() {
        List<ServicePart> reported = new ArrayList<>();
        while (!stopping) {
            for (ServicePart s : services) {
                int code = s.exitCode();
                if (code >= 0 && !reported.contains(s) && !stopping) {
                    reported.add(s);
                    System.out.println("ppid: " + s.name() + " exited with code " + code + "; see " + s.log()
                            + " (restart the platform to start it again)");
                }
            }
            sleep(2000);
        }
    }

    private void shutdown() {
        List<Part> toStop;
        synchronized (lifecycle) {
            stopping = true;
            toStop = stopOrder().stream().filter(started::contains).toList();
        }
        if (!toStop.isEmpty()) {
            System.out.println();
            System.out.println("Stopping the platform...");
        }
        long t0 = System.nanoTime();
        List<Thread> serviceStops = new ArrayList<>();
        for (Part p : toStop) {
            if (p instanceof ServicePart) {
                Thread t = new Thread(() -> stopAndReport(p), "stop-" + p.name());
                t.start();
                serviceStops.add(t);
            }
        }
        for (Thread t : serviceStops) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Part p : toStop) {
            if (!(p instanceof ServicePart)) {
                stopAndReport(p);
            }
        }
        try {
            Files.deleteIfExists(settings.state().resolve(PID_FILE));
        } catch (IOException e) {
            // a stale pid file is recognised by its dead process
        }
        writeState("stopped");
        if (!toStop.isEmpty()) {
            System.out.printf(
                    Locale.ROOT,
                    "Stopped in %.1f s. Data is kept in %s/ for the next ./ppid up.%n",
                    seconds(System.nanoTime() - t0),
                    settings.show(settings.state()));
        }
    }

    private static void stopAndReport(Part p) {
        long begin = System.nanoTime();
        try {
            p.stop();
        } catch (RuntimeException e) {
            System.out.println("  " + p.name() + ": " + e);
        }
        System.out.printf(Locale.ROOT, "  stopped %-22s %5.1f s%n", p.name(), seconds(System.nanoTime() - begin));
    }

    // ---------------------------------------------------------------------------------------------------- status

    int status() {
        java.util.logging.LogManager.getLogManager().reset(); // the Kafka admin client would log to the terminal
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.OFF);
        Path state = settings.state();
        Optional<ProcessHandle> running = runningLauncher(state);
        System.out.println(
                running.map(h -> "launcher: running (pid " + h.pid() + ")").orElse("launcher: not running"));
        createParts(Secrets.load(state.resolve("secrets.env")));
        boolean allUp = true;
        for (Part p : allParts()) {
            Part.Health h = p.health();
            allUp &= h.up();
            System.out.printf(Locale.ROOT, "  %-22s %-5s %s%n", p.name(), h.up() ? "up" : "down", h.detail());
        }
        for (String reason : left) {
            System.out.println("  skipped: " + reason);
        }
        // The calendar the platform counts on (request-service owns it; every service follows ppid.calendar.v1).
        services.stream()
                .filter(s -> s.name().equals("request-service"))
                .findFirst()
                .map(s -> s.checkData("calendar"))
                .filter(data -> !data.isEmpty())
                .ifPresent(data -> {
                    System.out.println("calendar:");
                    data.forEach((key, value) ->
                            System.out.println("  " + (key.matches("\\d{4}") ? value : key + ": " + value)));
                });
        try {
            DemoMarker marker = DemoMarker.load(state);
            long filed = DemoPlan.REQUESTS.stream()
                    .filter(r -> marker.requestId(r.key()).isPresent())
                    .count();
            System.out.println("demo data: "
                    + (marker.complete()
                            ? "complete (" + filed + " requests)"
                            : filed == 0
                                    ? "none yet (seeded by ./ppid up)"
                                    : filed + " requests, unfinished (resumed by the next ./ppid up; see "
                                            + SUMMARY_FILE + ")"));
        } catch (IOException | RuntimeException e) {
            System.out.println("demo data: cannot read " + DemoMarker.FILE + " (" + e.getMessage() + ")");
        }
        return running.isPresent() && allUp ? 0 : 3;
    }

    // ---------------------------------------------------------------------------------------------------- demo

    /** {@code ./ppid demo}: the walkthrough of one request against the running platform. */
    int demo() {
        java.util.logging.LogManager.getLogManager().reset(); // the Kafka consumer would log to the terminal
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.OFF);
        Path state = settings.state();
        Secrets secrets = Secrets.load(state.resolve("secrets.env"));
        createParts(secrets);
        if (runningLauncher(state).isEmpty()) {
            System.err.println("ppid demo: the platform is not running (no launcher for " + settings.show(state)
                    + "/); start it with ./ppid up");
            return 3;
        }
        List<String> down = new ArrayList<>();
        for (Part p : allParts()) {
            Part.Health h = p.health();
            if (!h.up()) {
                down.add(p.name() + ": " + h.detail());
            }
        }
        List<String> needed = List.of("request-service", "routing-service", "index-service");
        if (!services.stream().map(Part::name).toList().containsAll(needed)) {
            down.add("./ppid demo needs " + String.join(", ", needed) + " (PPID_SERVICES)");
        }
        if (!down.isEmpty()) {
            System.err.println(
                    "ppid demo: the platform is not ready (./ppid status; ./ppid down and ./ppid up to restart):");
            down.forEach(d -> System.err.println("  " + d));
            return 3;
        }
        DemoSeeder.Urls urls = new DemoSeeder.Urls(
                serviceUrl("request-service"), serviceUrl("routing-service"), serviceUrl("index-service"));
        Walkthrough w = new Walkthrough(
                new PlatformClient(keycloak.realmUrl()),
                // the OPD systems' client secrets (the realm's placeholders, generated into .devstack/secrets.env)
                clientId ->
                        secrets.get(clientId.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_SECRET"),
                urls,
                kafka.bootstrapServers(),
                mail.mailDir(),
                System.out,
                Duration.ofSeconds(Long.parseLong(
                        settings.value("PPID_DEMO_STEP_TIMEOUT", "120").trim())));
        try {
            return w.run();
        } catch (IOException | RuntimeException e) {
            System.err.println("ppid demo: " + e.getMessage());
            return 1;
        }
    }

    // ---------------------------------------------------------------------------------------------------- summary

    /**
     * Seeds the demo data on the first start that has every service it needs ({@code PPID_DEMO_DATA=false} skips
     * it); returns the lines for the summary. A failure is reported and retried at the next start.
     */
    private List<String> seedDemoData() {
        if ("false".equalsIgnoreCase(settings.value(DEMO_DATA_SETTING, "true").trim())) {
            return List.of("off (" + DEMO_DATA_SETTING + "=false)");
        }
        List<String> needed = List.of("request-service", "routing-service", "index-service");
        List<String> running = services.stream().map(Part::name).toList();
        if (!running.containsAll(needed)) {
            return List.of("not seeded: it needs " + String.join(", ", needed) + " running");
        }
        DemoMarker marker;
        try {
            marker = DemoMarker.load(settings.state());
        } catch (IOException | RuntimeException e) {
            return List.of(
                    "not seeded: cannot read " + settings.show(settings.state().resolve(DemoMarker.FILE)) + " ("
                            + e.getMessage() + "); delete it to seed again");
        }
        if (marker.complete()) {
            return List.of(
                    "seeded on the first start (" + settings.show(marker.file()) + "; delete it to check again)");
        }
        System.out.println();
        System.out.println(
                Files.exists(marker.file())
                        ? "Resuming the demo data left unfinished by an earlier start (" + settings.show(marker.file())
                                + ")"
                        : "Seeding demo data through the APIs (first start; " + DEMO_DATA_SETTING + "=false skips it)");
        long begin = System.nanoTime();
        int mails = mail.savedCount();
        mail.announce(false); // a dozen requests make dozens of e-mails: counted instead
        try {
            DemoSeeder.Urls urls = new DemoSeeder.Urls(
                    serviceUrl("request-service"), serviceUrl("routing-service"), serviceUrl("index-service"));
            DemoSeeder seeder = new DemoSeeder(
                    new PlatformClient(keycloak.realmUrl()),
                    urls,
                    marker,
                    System.out,
                    Duration.ofSeconds(Long.parseLong(
                            settings.value("PPID_DEMO_STEP_TIMEOUT", "120").trim())));
            DemoSeeder.Result result = seeder.seed(DemoPlan.REQUESTS);
            mail.saveNewMessages();
            String line = result.summary();
            System.out.printf(
                    Locale.ROOT,
                    "  %s; %d e-mails in %s/ (%.1f s)%n",
                    line,
                    mail.savedCount() - mails,
                    settings.show(mail.mailDir()),
                    seconds(System.nanoTime() - begin));
            List<String> lines = new ArrayList<>();
            lines.add(line.substring("demo data: ".length()));
            for (String f : result.failures()) {
                lines.add("FAILED " + f);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            String line = "FAILED: " + e.getMessage() + " (retried at the next ./ppid up; " + DEMO_DATA_SETTING
                    + "=false skips it)";
            System.out.println("  demo data: " + line);
            return List.of(line);
        } finally {
            mail.announce(true);
        }
    }

    private String serviceUrl(String name) {
        return services.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .baseUrl();
    }

    private String summary(double seconds, List<String> demo) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append(String.format(
                Locale.ROOT,
                "The PPID platform is up (%.1f s). %s%n%n",
                seconds,
                Boolean.getBoolean("ppid.devstack.detached")
                        ? "./ppid down stops it."
                        : "Ctrl-C stops it, or ./ppid down in another terminal."));
        // the site first: the one URL a visitor needs
        for (ServicePart s : services) {
            if (s.site()) {
                s.describe().forEach(l -> out.append(l).append(nl).append(nl));
            }
        }
        out.append("Services").append(nl);
        for (ServicePart s : services) {
            if (!s.site()) {
                s.describe().forEach(l -> out.append("  ").append(l).append(nl));
            }
        }
        for (String reason : left) {
            out.append("  skipped: ").append(reason).append(nl);
        }
        out.append(nl).append("Infrastructure").append(nl);
        for (Part p : List.of(keycloak, kafka, postgres, mail)) {
            p.describe().forEach(l -> out.append("  ").append(l).append(nl));
        }
        out.append("  Logs               ").append(settings.logs()).append("/").append(nl);
        out.append("  Secrets            ")
                .append(settings.state().resolve("secrets.env"))
                .append(" (generated once; OPD system client secrets, NIK key, passwords)")
                .append(nl);
        out.append(nl).append("Demo accounts (password ppid-demo-2026)").append(nl);
        for (String[] a : DEMO_ACCOUNTS) {
            out.append(String.format("  %-20s %s%n", a[0], a[1]));
        }
        String tokenUrl = keycloak.realmUrl() + "/protocol/openid-connect/token";
        out.append(nl).append("Try it: get a token for pemohon1 (password grant, client ppid-web)");
        ServicePart request = services.stream()
                .filter(s -> s.name().equals("request-service"))
                .findFirst()
                .orElse(null);
        out.append(request != null ? " and file a request" : "").append(nl);
        out.append(
                        "  TOKEN=$(curl -s " + tokenUrl + " -d grant_type=password -d client_id=ppid-web"
                                + " -d username=pemohon1 -d password=ppid-demo-2026 | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')")
                .append(nl);
        if (request != null) {
            out.append("  curl -s -X POST " + request.baseUrl() + "/requests -H \"Authorization: Bearer $TOKEN\""
                            + " -H 'Content-Type: application/json' -d '" + SAMPLE_REQUEST + "'")
                    .append(nl);
            out.append("  curl -s " + request.baseUrl() + "/requests -H \"Authorization: Bearer $TOKEN\"")
                    .append(nl);
        }
        out.append(nl)
                .append("E-mails sent by the platform land in ")
                .append(mail.mailDir())
                .append("/")
                .append(nl);
        out.append(nl).append("Demo data: ").append(demo.get(0)).append(nl);
        demo.stream().skip(1).forEach(l -> out.append("  ").append(l).append(nl));
        out.append("  ./ppid demo walks one new request from intake to decision and shows every call, event and"
                        + " e-mail")
                .append(nl);
        return out.toString();
    }

    private static final String[][] DEMO_ACCOUNTS = {
        {"pemohon1", "applicant (Budi Santoso, pemohon1@example.com)"},
        {"pemohon2", "applicant (Siti Rahmawati)"},
        {"petugas.dlh", "PPID officer of DLH (also petugas.disdukcapil, petugas.dpupr, petugas.dindikbud)"},
        {"ppid.utama", "PPID Utama: sees every request"},
        {"atasan.ppid", "Atasan PPID: decides objections"},
        {"admin.ppid", "platform administrator"},
    };

    private static final String SAMPLE_REQUEST = "{\"applicant\":{\"kind\":\"PERSON\",\"fullName\":\"Budi Santoso\","
            + "\"nik\":\"3672011508900001\",\"address\":\"Jl. Sultan Ageng Tirtayasa No. 1, Cilegon\","
            + "\"email\":\"pemohon1@example.com\"},\"informationDetails\":\"Hasil uji kualitas udara ambien di Kota"
            + " Cilegon tahun 2025\",\"purpose\":\"Bahan penelitian tugas akhir\",\"accessMethods\":[\"READ\"]}";

    // ---------------------------------------------------------------------------------------------------- helpers

    /** The launcher that wrote the pid file, if it is still alive. */
    static Optional<ProcessHandle> runningLauncher(Path state) {
        Path file = state.resolve(PID_FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(file).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(h -> h.info()
                            .arguments()
                            .map(a -> String.join(" ", a).contains(Devstack.class.getName()))
                            .orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void writeState(String value) {
        try {
            Files.writeString(settings.state().resolve(STATE_FILE), value + System.lineSeparator());
        } catch (IOException e) {
            // only informs ./ppid up --detach
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopping();
        }
    }

    /** A part failed to start or become healthy. */
    private static final class StartFailure extends Exception {
        private final transient Part part;

        StartFailure(Part part, String message, Throwable cause) {
            super(message, cause);
            this.part = part;
        }
    }

    /** The launcher is being stopped while it starts. */
    private static final class Stopping extends RuntimeException {}
}
