package id.go.cilegon.ppid.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.go.cilegon.ppid.devstack.DemoPlan.DemoRequest;
import id.go.cilegon.ppid.devstack.DemoPlan.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeding is resumable and never files or steps twice: across restarts (marker), after a partial failure, and
 * with the marker lost (Idempotency-Key and the requests' state). Runs against a small in-memory stand-in of the
 * platform's HTTP APIs (Keycloak's token endpoint, request-service, routing-service, index-service) that keeps
 * their state rules; the real services are exercised by {@code ./ppid up} and the e2e module.
 */
class DemoSeederTest {

    @TempDir
    Path state;

    private FakePlatform platform;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        platform = new FakePlatform();
    }

    @AfterEach
    void stop() {
        platform.server.stop(0);
    }

    @Test
    void seedsEverythingOnceAndNothingOnTheNextStart() throws Exception {
        DemoSeeder.Result first = seeder().seed(DemoPlan.REQUESTS);

        assertTrue(first.ok(), output.toString());
        assertEquals(DemoPlan.REQUESTS.size(), first.requests());
        assertEquals(DemoPlan.REQUESTS.size(), platform.created.get());
        assertEquals(5, first.receivedByOpd().size(), first.summary());
        assertTrue(first.summary().startsWith("demo data: 12 requests, index for 5 OPDs"), first.summary());
        assertTrue(DemoMarker.load(state).complete());
        long steps = DemoPlan.REQUESTS.stream()
                .flatMap(r -> r.steps().stream())
                .filter(s -> s.actor() != null)
                .count();
        assertEquals(steps, platform.stepPosts.get(), "one call per step that is an action");
        assertEquals("OBJECTION_DECIDED", platform.statusOf("limbah-penyidikan"));
        assertEquals("DPUPR", platform.assignedOf("saluran-tersumbat"), "transferred");
        assertEquals("DPUPR", platform.assignedOf("rth-taman-kota"), "assigned from the queue");

        int calls = platform.stepPosts.get();
        DemoSeeder.Result again = seeder().seed(DemoPlan.REQUESTS);
        assertTrue(again.ok());
        assertEquals(DemoPlan.REQUESTS.size(), platform.created.get(), "no request filed twice");
        assertEquals(calls, platform.stepPosts.get(), "no step taken twice");
    }

    @Test
    void aRefusedStepFailsAndResumesAtTheNextStart() throws Exception {
        platform.objectionsUnavailable = true;
        DemoSeeder.Result first = seeder().seed(DemoPlan.REQUESTS);

        assertFalse(first.ok());
        assertEquals(1, first.failures().size(), first.failures().toString());
        assertTrue(
                first.failures().get(0).startsWith("limbah-penyidikan: object by pemohon1"),
                first.failures().get(0));
        assertFalse(DemoMarker.load(state).complete(), "retried at the next start");
        assertEquals("DECIDED", platform.statusOf("limbah-penyidikan"));

        platform.objectionsUnavailable = false;
        int calls = platform.stepPosts.get();
        DemoSeeder.Result second = seeder().seed(DemoPlan.REQUESTS);

        assertTrue(second.ok(), second.failures().toString());
        assertEquals(DemoPlan.REQUESTS.size(), platform.created.get(), "nothing filed again");
        assertEquals(calls + 2, platform.stepPosts.get(), "only the objection and its decision");
        assertEquals("OBJECTION_DECIDED", platform.statusOf("limbah-penyidikan"));
        assertTrue(DemoMarker.load(state).complete());
    }

    @Test
    void withTheMarkerLostNothingIsFiledOrTakenTwice() throws Exception {
        assertTrue(seeder().seed(DemoPlan.REQUESTS).ok());
        Files.delete(state.resolve(DemoMarker.FILE));
        int calls = platform.stepPosts.get();

        DemoSeeder.Result again = seeder().seed(DemoPlan.REQUESTS);

        assertTrue(again.ok(), again.failures().toString());
        assertEquals(DemoPlan.REQUESTS.size(), platform.created.get(), "found again by the Idempotency-Key");
        assertEquals(calls, platform.stepPosts.get(), "steps recognised by the requests' state");
        assertTrue(platform.replays.get() >= DemoPlan.REQUESTS.size());
    }

    @Test
    void aRoutingThatDiffersFromThePlanIsReportedClearly() throws Exception {
        platform.routeEverythingTo = "DISKOMINFO";
        DemoSeeder.Result result = seeder().seed(DemoPlan.REQUESTS.subList(0, 1));

        assertEquals(1, result.failures().size());
        assertEquals(
                "udara-ciwandan: routed to DISKOMINFO instead of DLH",
                result.failures().get(0));
        assertFalse(DemoMarker.load(state).complete());
    }

    private DemoSeeder seeder() throws IOException {
        String base = "http://127.0.0.1:" + platform.server.getAddress().getPort();
        return new DemoSeeder(
                new PlatformClient(base + "/realms/ppid"),
                new DemoSeeder.Urls(base, base, base),
                DemoMarker.load(state),
                new PrintStream(output, true, StandardCharsets.UTF_8),
                Duration.ofSeconds(5));
    }

    /** The platform's APIs as far as the seeding uses them, with their state rules, in memory. */
    static final class FakePlatform {
        final HttpServer server;
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger replays = new AtomicInteger();
        final AtomicInteger stepPosts = new AtomicInteger();
        final Map<String, ObjectNode> requests = new ConcurrentHashMap<>();
        final Map<String, String> byIdempotencyKey = new ConcurrentHashMap<>();
        final Map<String, String> routingStatus = new ConcurrentHashMap<>();
        volatile boolean objectionsUnavailable;
        volatile String routeEverythingTo;

        FakePlatform() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", this::handle);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
        }

        String statusOf(String key) {
            return requests.get(byIdempotencyKey.get("ppid-demo-data-" + key))
                    .path("status")
                    .asText();
        }

        String assignedOf(String key) {
            return requests.get(byIdempotencyKey.get("ppid-demo-data-" + key))
                    .path("assignedOpdCode")
                    .asText();
        }

        private void handle(HttpExchange x) throws IOException {
            try {
                String path = x.getRequestURI().getPath();
                String method = x.getRequestMethod();
                byte[] in = x.getRequestBody().readAllBytes();
                String type = x.getRequestHeaders().getFirst("Content-Type");
                JsonNode body =
                        in.length == 0 || !"application/json".equals(type) ? null : PlatformClient.JSON.readTree(in);
                if (path.endsWith("/protocol/openid-connect/token")) {
                    send(x, 200, "{\"access_token\":\"t\",\"expires_in\":300}");
                } else if (path.equals("/requests") && method.equals("POST")) {
                    file(x, body);
                } else if (path.startsWith("/requests/")) {
                    onRequest(x, method, path.substring("/requests/".length()).split("/", 2), body);
                } else if (path.startsWith("/routing/requests/")) {
                    onRouting(
                            x,
                            method,
                            path.substring("/routing/requests/".length()).split("/", 2),
                            body);
                } else if (path.equals("/index/ranking")) {
                    Map<String, Integer> counts = new TreeMap<>();
                    requests.values().forEach(r -> {
                        if (r.hasNonNull("assignedOpdCode")) {
                            counts.merge(r.get("assignedOpdCode").asText(), 1, Integer::sum);
                        }
                    });
                    ObjectNode ranking = PlatformClient.JSON.createObjectNode();
                    counts.forEach((opd, n) -> ranking.withArray("rows")
                            .addObject()
                            .put("opdCode", opd)
                            .put("received", n));
                    send(x, 200, ranking.toString());
                } else {
                    send(x, 404, "{}");
                }
            } catch (RuntimeException | IOException e) {
                send(
                        x,
                        500,
                        PlatformClient.JSON
                                .createObjectNode()
                                .put("detail", e.toString())
                                .toString());
            }
        }

        private void file(HttpExchange x, JsonNode body) throws IOException {
            String key = x.getRequestHeaders().getFirst("Idempotency-Key");
            String known = key == null ? null : byIdempotencyKey.get(key);
            if (known != null) {
                replays.incrementAndGet();
                send(x, 200, requests.get(known).toString());
                return;
            }
            String id = UUID.randomUUID().toString();
            ObjectNode r = PlatformClient.JSON.createObjectNode().put("id", id).put("status", "REGISTERED");
            requests.put(id, r);
            if (key != null) {
                byIdempotencyKey.put(key, id);
            }
            created.incrementAndGet();
            // routing-service: as the plan expects it (first step), unless told otherwise
            DemoRequest planned = DemoPlan.REQUESTS.stream()
                    .filter(p -> p.informationDetails()
                            .equals(body.path("informationDetails").asText()))
                    .findFirst()
                    .orElseThrow();
            if (routeEverythingTo != null) {
                route(id, routeEverythingTo);
            } else if (planned.steps().get(0).kind() == Kind.QUEUED) {
                routingStatus.put(id, "QUEUED");
            } else {
                route(id, planned.steps().get(0).opd());
            }
            send(x, 201, r.toString());
        }

        private void route(String id, String opd) {
            requests.get(id).put("assignedOpdCode", opd);
            routingStatus.put(id, "ROUTED");
        }

        private void onRequest(HttpExchange x, String method, String[] parts, JsonNode body) throws IOException {
            ObjectNode r = requests.get(parts[0]);
            if (r == null) {
                send(x, 404, "{}");
                return;
            }
            if (method.equals("GET")) {
                send(x, 200, r.toString());
                return;
            }
            stepPosts.incrementAndGet();
            String step = parts[1];
            String status = r.get("status").asText();
            boolean open = status.equals("REGISTERED") || status.equals("EXTENDED");
            if (step.equals("objection") && objectionsUnavailable) {
                send(
                        x,
                        503,
                        "{\"code\":\"database-unavailable\",\"detail\":\"The database did not answer in"
                                + " time; nothing was changed.\"}");
                return;
            }
            String conflict = null;
            switch (step) {
                case "extension":
                    conflict = r.has("extension") || !open ? "extension-already-used" : null;
                    if (conflict == null) {
                        r.putObject("extension");
                        r.put("status", "EXTENDED");
                    }
                    break;
                case "decision":
                    conflict = open ? null : "already-decided";
                    if (conflict == null) {
                        r.putObject("decision")
                                .put("type", body.path("decision").asText());
                        r.put("status", "DECIDED");
                    }
                    break;
                case "withdrawal":
                    conflict = open ? null : "withdrawal-not-possible";
                    if (conflict == null) {
                        r.putObject("withdrawal");
                        r.put("status", "WITHDRAWN");
                    }
                    break;
                case "objection":
                    conflict = r.has("objection") ? "objection-already-filed" : null;
                    if (conflict == null) {
                        r.putObject("objection");
                        r.put("status", "OBJECTION_FILED");
                    }
                    break;
                case "objection/decision":
                    conflict = status.equals("OBJECTION_FILED") ? null : "no-open-objection";
                    if (conflict == null) {
                        ((ObjectNode) r.get("objection"))
                                .put("outcome", body.path("outcome").asText());
                        r.put("status", "OBJECTION_DECIDED");
                    }
                    break;
                default:
                    send(x, 404, "{}");
                    return;
            }
            if (conflict != null) {
                send(x, 409, "{\"code\":\"" + conflict + "\"}");
            } else {
                send(x, 200, r.toString());
            }
        }

        private void onRouting(HttpExchange x, String method, String[] parts, JsonNode body) throws IOException {
            String id = parts[0];
            if (!routingStatus.containsKey(id)) {
                send(x, 404, "{}");
                return;
            }
            if (method.equals("GET")) {
                send(x, 200, "{\"status\":\"" + routingStatus.get(id) + "\"}");
                return;
            }
            stepPosts.incrementAndGet();
            route(
                    id,
                    body.path(parts[1].equals("assignment") ? "opdCode" : "suggestedOpdCode")
                            .asText());
            send(x, 200, "{}");
        }

        private static void send(HttpExchange x, int status, String json) throws IOException {
            byte[] out = json.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(status, out.length);
            x.getResponseBody().write(out);
            x.close();
        }
    }
}
