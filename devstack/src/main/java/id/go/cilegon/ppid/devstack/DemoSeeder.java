package id.go.cilegon.ppid.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.cilegon.ppid.devstack.DemoPlan.DemoRequest;
import id.go.cilegon.ppid.devstack.DemoPlan.Kind;
import id.go.cilegon.ppid.devstack.DemoPlan.Step;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Plays {@link DemoPlan} through the running platform's real APIs with real tokens, one step at a time, waiting for
 * each step's effect (the routing event reaching request-service, the new status) before the next. Resumable: the
 * {@link DemoMarker} records each filed request and each step, submissions carry an {@code Idempotency-Key}, and a
 * step whose effect is already visible is not sent again.
 */
final class DemoSeeder {

    /** Where the services answer. */
    record Urls(String request, String routing, String index) {}

    /** The outcome: requests filed, failures (empty when all went well), index numbers per OPD. */
    record Result(int requests, List<String> failures, Map<String, Long> receivedByOpd) {

        boolean ok() {
            return failures.isEmpty();
        }

        /** One line, e.g. {@code demo data: 12 requests, index for 5 OPDs (DLH 2, DPUPR 3, ...)}. */
        String summary() {
            StringBuilder s = new StringBuilder(
                    "demo data: " + requests + " requests, index for " + receivedByOpd.size() + " OPDs");
            if (!receivedByOpd.isEmpty()) {
                List<String> parts = new ArrayList<>();
                receivedByOpd.forEach((opd, n) -> parts.add(opd + " " + n));
                s.append(" (received: ").append(String.join(", ", parts)).append(")");
            }
            if (!failures.isEmpty()) {
                s.append("; ").append(failures.size()).append(" step(s) failed, retried at the next ./ppid up");
            }
            return s.toString();
        }
    }

    /** A step that did not have its effect; the message says which and why. */
    static final class StepFailed extends Exception {
        StepFailed(String message) {
            super(message);
        }
    }

    private final PlatformClient client;
    private final Urls urls;
    private final DemoMarker marker;
    private final PrintStream out;
    private final Duration stepTimeout;

    DemoSeeder(PlatformClient client, Urls urls, DemoMarker marker, PrintStream out, Duration stepTimeout) {
        this.client = client;
        this.urls = urls;
        this.marker = marker;
        this.out = out;
        this.stepTimeout = stepTimeout;
    }

    /** Files the plan's requests and takes their steps; never throws for a failed step (it is in the result). */
    Result seed(List<DemoRequest> plan) throws IOException {
        List<String> failures = new ArrayList<>();
        int filed = 0;
        int earlier = 0;
        for (DemoRequest r : plan) {
            try {
                boolean known = marker.requestId(r.key()).isPresent()
                        && marker.stepsDone(r.key()) == r.steps().size();
                UUID id = file(r);
                filed++;
                for (int i = marker.stepsDone(r.key()); i < r.steps().size(); i++) {
                    take(r, id, i);
                    marker.stepDone(r.key(), i + 1);
                }
                if (known) {
                    earlier++;
                } else {
                    out.println("    " + describe(r) + ": done");
                }
            } catch (StepFailed e) {
                failures.add(r.key() + ": " + e.getMessage());
                out.println("    " + describe(r) + ": FAILED: " + e.getMessage());
            }
        }
        if (earlier > 0) {
            out.println("    " + earlier + " request(s) seeded on an earlier start, unchanged");
        }
        // after a failure some OPDs may never get their request: read the index once instead of waiting for them
        Map<String, Long> received = failures.isEmpty() ? awaitIndex(plan) : receivedByOpd();
        Set<String> expected = expectedOpds(plan);
        if (failures.isEmpty()) {
            if (!received.keySet().containsAll(expected)) {
                Set<String> missing = new LinkedHashSet<>(expected);
                missing.removeAll(received.keySet());
                failures.add("index-service shows no requests yet for " + missing + " (GET " + urls.index()
                        + "/index/ranking?period=rolling-90d)");
            } else {
                marker.markComplete();
            }
        }
        return new Result(filed, failures, received);
    }

    private static String describe(DemoRequest r) {
        return String.format(
                Locale.ROOT,
                "%-20s %s",
                r.key(),
                r.steps().stream()
                        .map(s -> s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("filed"));
    }

    // -------------------------------------------------------------------------------------------------- filing

    private UUID file(DemoRequest r) throws IOException, StepFailed {
        var known = marker.requestId(r.key());
        if (known.isPresent()) {
            return known.get();
        }
        PlatformClient.Response resp = client.call(
                "POST",
                urls.request() + "/requests",
                r.filer(),
                r.body(),
                Map.of("Idempotency-Key", idempotencyKey(r)));
        if (!resp.ok()) {
            throw new StepFailed("filing as " + r.filer() + " was refused: " + resp.problem());
        }
        UUID id = UUID.fromString(resp.text("id"));
        marker.filed(r.key(), id);
        return id;
    }

    /** The same for every start, so a submission repeated after a crash returns the first request. */
    static String idempotencyKey(DemoRequest r) {
        return "ppid-demo-data-" + r.key();
    }

    // -------------------------------------------------------------------------------------------------- steps

    private void take(DemoRequest r, UUID id, int index) throws IOException, StepFailed {
        Step step = r.steps().get(index);
        String requestUrl = urls.request() + "/requests/" + id;
        switch (step.kind()) {
            case ROUTED:
                if (!movedOnBeyond(r, index, id)) {
                    awaitAssigned(id, step.opd(), "routing-service to route it");
                }
                return;
            case QUEUED:
                if (!movedOnBeyond(r, index, id)) {
                    awaitQueued(id);
                }
                return;
            case ASSIGN:
                if (!step.opd().equals(view(id).path("assignedOpdCode").asText(null))) {
                    post(urls.routing() + "/routing/requests/" + id + "/assignment", step);
                }
                awaitAssigned(id, step.opd(), "the assignment to reach request-service");
                return;
            case TRANSFER:
                if (!step.opd().equals(view(id).path("assignedOpdCode").asText(null))) {
                    post(urls.routing() + "/routing/requests/" + id + "/transfer", step);
                }
                awaitAssigned(id, step.opd(), "the transfer to reach request-service");
                return;
            case EXTEND:
                stepOnRequest(id, step, "extension", requestUrl + "/extension", "EXTENDED");
                return;
            case DECIDE:
                stepOnRequest(id, step, "decision", requestUrl + "/decision", "DECIDED");
                return;
            case WITHDRAW:
                stepOnRequest(id, step, "withdrawal", requestUrl + "/withdrawal", "WITHDRAWN");
                return;
            case OBJECT:
                stepOnRequest(id, step, "objection", requestUrl + "/objection", "OBJECTION_FILED");
                return;
            case DECIDE_OBJECTION:
                if (view(id).path("objection").path("outcome").isMissingNode()) {
                    post(requestUrl + "/objection/decision", step);
                    expectStatus(id, "OBJECTION_DECIDED");
                }
                return;
            default:
                throw new IllegalStateException("unknown step " + step.kind());
        }
    }

    /**
     * Whether a routing step was overtaken by a later one of the plan already visible (the marker was lost after a
     * transfer or an assignment): the request is with an OPD that a later step of the plan moves it to.
     */
    private boolean movedOnBeyond(DemoRequest r, int index, UUID id) throws IOException, StepFailed {
        String assigned = view(id).path("assignedOpdCode").asText(null);
        if (assigned == null) {
            return false;
        }
        for (Step later : r.steps().subList(index + 1, r.steps().size())) {
            if ((later.kind() == Kind.ASSIGN || later.kind() == Kind.TRANSFER) && assigned.equals(later.opd())) {
                return true;
            }
        }
        return false;
    }

    /** A request-service step, skipped when the request already shows its result ({@code field}). */
    private void stepOnRequest(UUID id, Step step, String field, String url, String status)
            throws IOException, StepFailed {
        if (view(id).path(field).isMissingNode()) {
            post(url, step);
            expectStatus(id, status);
        }
    }

    private void post(String url, Step step) throws IOException, StepFailed {
        PlatformClient.Response r = client.call("POST", url, step.actor(), step.body(), Map.of());
        if (r.ok()) {
            return;
        }
        String what = step.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + " by " + step.actor();
        throw new StepFailed(what + " (POST " + url + ") was refused: " + r.problem());
    }

    private void expectStatus(UUID id, String status) throws IOException, StepFailed {
        String now = view(id).path("status").asText();
        if (!status.equals(now)) {
            throw new StepFailed("expected status " + status + ", request-service shows " + now);
        }
    }

    /** The request as the PPID Utama sees it. */
    private JsonNode view(UUID id) throws IOException, StepFailed {
        PlatformClient.Response r = client.get(urls.request() + "/requests/" + id, DemoPlan.PPID_UTAMA);
        if (!r.ok()) {
            throw new StepFailed("GET /requests/" + id + " answered " + r.problem());
        }
        return r.json();
    }

    private void awaitAssigned(UUID id, String opd, String what) throws IOException, StepFailed {
        long deadline = System.nanoTime() + stepTimeout.toNanos();
        String assigned = null;
        while (System.nanoTime() < deadline) {
            assigned = view(id).path("assignedOpdCode").asText(null);
            if (opd.equals(assigned)) {
                return;
            }
            if (assigned != null
                    && !opd.equals(assigned)
                    && routingStatus(id).equals("ROUTED")
                    && what.startsWith("routing")) {
                throw new StepFailed("routed to " + assigned + " instead of " + opd);
            }
            pause();
        }
        throw new StepFailed("waited " + stepTimeout.toSeconds() + " s for " + what + " (assigned to " + opd
                + "); request-service shows " + (assigned == null ? "no OPD" : assigned)
                + " (see .devstack/logs/routing-service.log)");
    }

    private void awaitQueued(UUID id) throws IOException, StepFailed {
        long deadline = System.nanoTime() + stepTimeout.toNanos();
        String status = "";
        while (System.nanoTime() < deadline) {
            status = routingStatus(id);
            if (status.equals("QUEUED")) {
                return;
            }
            // PENDING: routing-service has one of the request's two records (the request, its texts), not both yet
            if (!status.isEmpty() && !status.equals("PENDING")) {
                throw new StepFailed("expected the PPID Utama's queue, routing-service shows " + status);
            }
            pause();
        }
        throw new StepFailed("waited " + stepTimeout.toSeconds() + " s for routing-service to queue the request"
                + " (see .devstack/logs/routing-service.log)");
    }

    /** routing-service's status of the request, "" while it does not know it yet. */
    private String routingStatus(UUID id) throws IOException {
        PlatformClient.Response r = client.get(urls.routing() + "/routing/requests/" + id, DemoPlan.PPID_UTAMA);
        return r.ok() ? r.text("status") : "";
    }

    // -------------------------------------------------------------------------------------------------- index

    /** Waits until index-service counts requests for the plan's OPDs (bounded), and returns the counts. */
    private Map<String, Long> awaitIndex(List<DemoRequest> plan) throws IOException {
        Set<String> expected = expectedOpds(plan);
        long deadline = System.nanoTime() + stepTimeout.toNanos();
        Map<String, Long> received = Map.of();
        while (System.nanoTime() < deadline) {
            received = receivedByOpd();
            if (received.keySet().containsAll(expected)) {
                break;
            }
            pause();
        }
        return received;
    }

    /** The OPDs that hold a demo request at the end. */
    static Set<String> expectedOpds(List<DemoRequest> plan) {
        Set<String> expected = new LinkedHashSet<>();
        for (DemoRequest r : plan) {
            if (r.finalOpd() != null) {
                expected.add(r.finalOpd());
            }
        }
        return expected;
    }

    /** Requests received per OPD in the rolling 90 days, from index-service's ranking (OPDs with none left out). */
    Map<String, Long> receivedByOpd() throws IOException {
        PlatformClient.Response r = client.get(urls.index() + "/index/ranking?period=rolling-90d", DemoPlan.PPID_UTAMA);
        Map<String, Long> received = new TreeMap<>();
        if (r.ok()) {
            for (JsonNode row : r.json().path("rows")) {
                long n = row.path("received").asLong();
                if (n > 0) {
                    received.put(row.path("opdCode").asText(), n);
                }
            }
        }
        return received;
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
