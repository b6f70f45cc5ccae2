package id.go.cilegon.ppid.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.cilegon.ppid.contracts.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code ./ppid demo}: one new request from intake to decision against the running platform, showing for every step
 * what was sent, what came back, which events appeared on the platform's topics and which e-mails landed.
 */
final class Walkthrough {

    /** The demo request: a subject routing-service assigns to DLH with confidence, whose officer has an account. */
    static final String DETAILS =
            "Data volume sampah yang masuk TPA Bagendung per hari dan perkiraan sisa umur TPA" + " tahun 2025";

    static final String PURPOSE = "Penelitian skripsi teknik lingkungan";

    private final PlatformClient client;
    private final Function<String, String> clientSecret;
    private final DemoSeeder.Urls urls;
    private final String bootstrapServers;
    private final Path mailDir;
    private final PrintStream out;
    private final Duration wait;
    private final Set<String> mailsShown = new HashSet<>();

    Walkthrough(
            PlatformClient client,
            Function<String, String> clientSecret,
            DemoSeeder.Urls urls,
            String bootstrapServers,
            Path mailDir,
            PrintStream out,
            Duration wait) {
        this.client = client;
        this.clientSecret = clientSecret;
        this.urls = urls;
        this.bootstrapServers = bootstrapServers;
        this.mailDir = mailDir;
        this.out = out;
        this.wait = wait;
    }

    /** Thrown when a step does not have the effect it should; the message says what was expected. */
    static final class WalkthroughFailed extends Exception {
        WalkthroughFailed(String message) {
            super(message);
        }
    }

    /** Runs the walkthrough; 0 when every step had its effect. */
    int run() throws IOException {
        mailsShown.addAll(mailFiles());
        out.println("Watching the platform's topics from now on (" + String.join(", ", EventWatch.TOPICS) + ")");
        try (EventWatch events = new EventWatch(bootstrapServers)) {
            try {
                walk(events);
                return 0;
            } catch (WalkthroughFailed e) {
                out.println();
                out.println("FAILED: " + e.getMessage());
                out.println("(logs: .devstack/logs/<service>.log; ./ppid status checks every part)");
                return 1;
            }
        }
    }

    private void walk(EventWatch events) throws IOException, WalkthroughFailed {
        String applicant = DemoPlan.PEMOHON1;

        heading(1, "Pemohon mengajukan permohonan", "the applicant files a request", applicant);
        Map<String, Object> body =
                DemoPlan.form(applicant, DETAILS, PURPOSE, List.of("READ", "COPY"), List.of("EMAIL"));
        PlatformClient.Response filed = call(
                "POST",
                urls.request() + "/requests",
                applicant,
                body,
                Map.of("Idempotency-Key", "ppid-demo-walkthrough-" + UUID.randomUUID()));
        expect(filed, 201);
        String id = filed.text("id");
        String registration = filed.text("registrationNumber");
        fields(filed.json(), "id", "registrationNumber", "status", "receivedDate", "dueDate");
        out.println("    due date: "
                + filed.json().path("dueDateExplanation").path("explanationId").asText());
        Predicate<EventWatch.Seen> ours = e -> EventWatch.concerns(e, id, null);
        events.await(ours, "id.go.cilegon.ppid.request.submitted.v1", wait);
        showEvents(events, ours);
        awaitMails(id, 1);
        showMails(id);

        heading(2, "Routing ke OPD", "routing-service assigns the request to an OPD", null);
        String opd = awaitAssigned(id);
        PlatformClient.Response routing =
                call("GET", urls.routing() + "/routing/requests/" + id, DemoPlan.PPID_UTAMA, null, Map.of());
        expect(routing, 200);
        fields(routing.json(), "status", "assignedOpdCode");
        JsonNode best = routing.json().path("candidates").path(0);
        if (!best.isMissingNode()) {
            out.println("    why: BM25 score " + best.path("score").asText() + ", matched terms "
                    + best.path("matchedTerms"));
        }
        Predicate<EventWatch.Seen> oursAndOpd = e -> EventWatch.concerns(e, id, opd);
        showEvents(events, oursAndOpd);
        awaitMails(id, 3); // receipt, then "routed" to the applicant and "new request" to the OPD's desk
        showMails(id);

        String officer = DemoPlan.officerOf(opd);
        heading(3, "Petugas membaca permohonan", "the OPD's officer reads it", officer);
        PlatformClient.Response read = call("GET", urls.request() + "/requests/" + id, officer, null, Map.of());
        expect(read, 200);
        fields(read.json(), "registrationNumber", "status", "assignedOpdCode", "dueDate", "informationDetails");
        out.println("    NIK as the officer sees it: "
                + read.json().path("applicant").path("nik").asText());
        String other = opd.equals("DPUPR") ? "petugas.dlh" : "petugas.dpupr";
        out.println("  another OPD's officer (" + other + ") may not:");
        PlatformClient.Response refused = call("GET", urls.request() + "/requests/" + id, other, null, Map.of());
        expect(refused, 403);
        out.println("    " + refused.text("code") + ": " + refused.text("detail_id"));

        heading(4, "Petugas memutuskan", "the officer decides (written notice, Pasal 22(7))", officer);
        Map<String, Object> decision = DemoPlan.granted(
                "Rekapitulasi volume sampah harian TPA Bagendung 2025 dan"
                        + " kajian sisa umur TPA diberikan dalam bentuk berkas elektronik.",
                "SOFTCOPY",
                "EMAIL",
                0,
                null);
        PlatformClient.Response decided =
                call("POST", urls.request() + "/requests/" + id + "/decision", officer, decision, Map.of());
        expect(decided, 200);
        fields(decided.json(), "status");
        fields(decided.json().path("decision"), "type", "decidedDate", "onTime");
        int beforeDecision = events.count();
        events.await(ours, "id.go.cilegon.ppid.request.decided.v1", wait);
        showEvents(events, oursAndOpd);

        heading(5, "Pemohon melihat keputusan", "the applicant sees the decision", applicant);
        PlatformClient.Response seen = call("GET", urls.request() + "/requests/" + id, applicant, null, Map.of());
        expect(seen, 200);
        fields(seen.json(), "status");
        fields(seen.json().path("decision"), "type");
        fields(seen.json().path("decision").path("notice"), "summary", "format", "delivery", "feeRupiah");
        PlatformClient.Response timeline =
                call("GET", urls.request() + "/requests/" + id + "/timeline", applicant, null, Map.of());
        expect(timeline, 200);
        for (JsonNode step : timeline.json()) {
            out.println("    timeline: " + step.path("at").asText() + "  "
                    + step.path("step").asText() + " by "
                    + step.path("actorRole").asText()
                    + (step.path("actorOpd").isTextual()
                            ? " (" + step.path("actorOpd").asText() + ")"
                            : ""));
        }
        awaitMails(id, 4); // the written notice
        showMails(id);

        heading(6, "Indeks keterbukaan diperbarui", "index-service updates the OPD's openness index", null);
        Predicate<EventWatch.Seen> index = e -> EventWatch.concerns(e, "-", opd);
        if (!events.awaitNew(index, beforeDecision, wait)) {
            throw new WalkthroughFailed("no update of " + opd + " on ppid.index.opd.v1 within " + wait.toSeconds()
                    + " s after the decision (see .devstack/logs/index-service.log)");
        }
        showEvents(events, oursAndOpd);
        PlatformClient.Response idx = call(
                "GET",
                urls.index() + "/index/opds/" + opd + "?period=rolling-90d",
                DemoPlan.PPID_UTAMA,
                null,
                Map.of());
        expect(idx, 200);
        fields(idx.json(), "opdCode", "enoughData", "score", "bandName");
        fields(idx.json().path("measures"), "received", "answered", "answeredOnTime", "open", "overdue");
        if (!idx.json().path("enoughData").asBoolean()) {
            out.println("    (a score needs at least "
                    + idx.json().path("minimumRequests").asText()
                    + " requests in the period; the measures count already)");
        }

        opdSystemPublishes(events, opd);

        out.println();
        out.println("Done: " + registration + " (" + id + ") went from intake to decision at " + opd + ".");
        out.println("Selesai. Try the same by hand: Swagger UI at " + urls.request() + "/q/swagger-ui");
    }

    // -------------------------------------------------------------------------------------------------- steps

    /**
     * 7. The OPD's own system publishes an entry of its register over HTTP with its Keycloak client, as the OPD its
     * token names; the same system is refused for another OPD.
     */
    private void opdSystemPublishes(EventWatch events, String opd) throws IOException, WalkthroughFailed {
        String system = "opd-system-" + opd.toLowerCase(Locale.ROOT);
        heading(7, "Sistem OPD menerbitkan informasi", "the OPD's own system publishes to its register", system);
        String token = client.clientToken(system, clientSecret.apply(system));
        String entryId = "DEMO-" + UUID.randomUUID().toString().substring(0, 8);
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("opdCode", opd);
        entry.put("entryId", entryId);
        entry.put("title", "Rekapitulasi timbulan sampah harian 2026");
        entry.put("summary", "Volume sampah harian yang masuk ke TPA Bagendung, per bulan");
        entry.put("category", "PERIODIC");
        entry.put("keywords", List.of("sampah", "TPA"));
        entry.put("publicationIntervalMonths", 1);
        entry.put("publishedAt", java.time.Instant.now().toString());
        PlatformClient.Response published = systemCall(token, system, eventId, entry);
        expect(published, 202);
        fields(published.json(), "id", "opdCode", "status");
        Predicate<EventWatch.Seen> theEntry = e -> Topics.OPD_EVENTS.equals(e.topic()) && opd.equals(e.key());
        if (!events.await(theEntry, "id.go.cilegon.ppid.opd.register-entry-published.v1", wait)) {
            throw new WalkthroughFailed("the accepted event did not reach " + Topics.OPD_EVENTS + " within "
                    + wait.toSeconds() + " s (see .devstack/logs/routing-service.log)");
        }
        showEvents(events, theEntry);

        String other = opd.equals("DPUPR") ? "DLH" : "DPUPR";
        out.println("  the same system for another OPD (" + other + ") is refused:");
        entry.put("opdCode", other);
        PlatformClient.Response refused =
                systemCall(token, system, UUID.randomUUID().toString(), entry);
        expect(refused, 403);
        out.println("    " + refused.text("code") + ": " + refused.text("detail_id"));
    }

    private PlatformClient.Response systemCall(String token, String system, String eventId, Object data)
            throws IOException {
        String url = urls.routing() + "/opd-events";
        Map<String, String> headers = Map.of(
                "ce-specversion",
                "1.0",
                "ce-id",
                eventId,
                "ce-type",
                "id.go.cilegon.ppid.opd.register-entry-published.v1");
        Map<String, String> withToken = new LinkedHashMap<>(headers);
        withToken.put("Authorization", "Bearer " + token);
        return shown(
                "POST", url, "client " + system, data, headers, () -> client.call("POST", url, null, data, withToken));
    }

    private String awaitAssigned(String id) throws IOException, WalkthroughFailed {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            PlatformClient.Response r = client.get(urls.request() + "/requests/" + id, DemoPlan.PEMOHON1);
            String opd = r.json().path("assignedOpdCode").asText("");
            if (!opd.isEmpty()) {
                out.println("  GET " + urls.request() + "/requests/" + id + " (as " + DemoPlan.PEMOHON1 + ") -> "
                        + r.status() + ", assignedOpdCode " + opd);
                return opd;
            }
            sleep(300);
        }
        throw new WalkthroughFailed("routing-service did not assign the request within " + wait.toSeconds()
                + " s (is it in the PPID Utama's queue? GET " + urls.routing() + "/routing/queue as ppid.utama)");
    }

    private PlatformClient.Response call(
            String method, String url, String user, Object body, Map<String, String> headers) throws IOException {
        return shown(method, url, user, body, headers, () -> client.call(method, url, user, body, headers));
    }

    /** A call to the platform, printed as it goes: what is sent (with {@code whose} token), then the status. */
    private PlatformClient.Response shown(
            String method, String url, String whose, Object body, Map<String, String> headers, Exchange exchange)
            throws IOException {
        out.println("  " + method + " " + url + (whose == null ? "" : "   (token of " + whose + ")"));
        headers.forEach((k, v) -> out.println("    " + k + ": " + v));
        if (body != null) {
            for (String line : PlatformClient.JSON
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(body)
                    .split("\n")) {
                out.println("    > " + line);
            }
        }
        PlatformClient.Response r = exchange.run();
        out.println("  <- " + r.status());
        return r;
    }

    /** One HTTP exchange with the platform. */
    private interface Exchange {
        PlatformClient.Response run() throws IOException;
    }

    private static void expect(PlatformClient.Response r, int status) throws WalkthroughFailed {
        if (r.status() != status) {
            throw new WalkthroughFailed("expected " + status + ", got " + r.problem());
        }
    }

    private void fields(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.path(n);
            if (!v.isMissingNode() && !v.isNull()) {
                out.println(
                        "    " + n + ": " + PlatformClient.abbreviate(v.isTextual() ? v.asText() : v.toString(), 160));
            }
        }
    }

    private void heading(int n, String indonesian, String english, String actor) {
        out.println();
        out.println(n + ". " + indonesian + " / " + english + (actor == null ? "" : " (" + actor + ")"));
    }

    private void showEvents(EventWatch events, Predicate<EventWatch.Seen> filter) {
        List<EventWatch.Seen> list = events.next(filter);
        if (list.isEmpty()) {
            return;
        }
        out.println("  events:");
        for (EventWatch.Seen e : list) {
            out.printf(Locale.ROOT, "    %-26s %-50s %s  key %s%n", e.topic(), e.type(), e.time(), e.key());
        }
    }

    // -------------------------------------------------------------------------------------------------- mail

    /** An e-mail the platform sent, as far as the walkthrough shows it. */
    record Mail(String file, String to, String subject, String requestId, String kind) {}

    /** Waits a little (bounded, never fails) until {@code count} e-mails about the request landed in all. */
    private void awaitMails(String id, int count) {
        long deadline = System.nanoTime()
                + Math.min(wait.toNanos(), Duration.ofSeconds(20).toNanos());
        int found = 0;
        while (System.nanoTime() < deadline) {
            found = 0;
            for (String f : mailFiles()) {
                if (id.equals(readMail(mailDir.resolve(f)).requestId())) {
                    found++;
                }
            }
            if (found >= count) {
                return;
            }
            sleep(300);
        }
        out.println("  (" + found + " of " + count
                + " e-mails about this request so far; notification-service sends them within"
                + " seconds and retries with backoff, see .devstack/logs/notification-service.log)");
    }

    private void showMails(String id) {
        List<Mail> mails = new ArrayList<>();
        for (String f : mailFiles()) {
            if (mailsShown.add(f)) {
                Mail m = readMail(mailDir.resolve(f));
                if (id.equals(m.requestId())) {
                    mails.add(m);
                }
            }
        }
        if (mails.isEmpty()) {
            return;
        }
        out.println("  e-mails (in " + mailDir + "/):");
        for (Mail m : mails) {
            out.println("    to " + m.to() + ": " + m.subject());
        }
    }

    private Set<String> mailFiles() {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(mailDir)) {
            return names;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(mailDir, "*.eml")) {
            dir.forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException e) {
            // shown as "no e-mails"
        }
        return names;
    }

    /** The headers the walkthrough needs, read from an .eml file (folded header lines joined). */
    static Mail readMail(Path file) {
        Map<String, String> headers = new LinkedHashMap<>();
        try {
            String last = null;
            for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                if (line.isEmpty()) {
                    break;
                }
                if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                    headers.merge(last, " " + line.trim(), String::concat);
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    last = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    headers.putIfAbsent(last, line.substring(colon + 1).trim());
                }
            }
        } catch (IOException e) {
            return new Mail(file.getFileName().toString(), "", "", "", "");
        }
        String subject = headers.getOrDefault("subject", "");
        try {
            subject = jakarta.mail.internet.MimeUtility.decodeText(subject);
        } catch (java.io.UnsupportedEncodingException e) {
            // shown as sent
        }
        // one file per recipient mailbox (Bcc included): the recipient is in the file name, <time>_<recipient>_...
        String[] parts = file.getFileName().toString().split("_", 3);
        String to = parts.length == 3 ? parts[1] : headers.getOrDefault("to", "");
        return new Mail(
                file.getFileName().toString(),
                to,
                subject,
                headers.getOrDefault("x-ppid-request-id", ""),
                headers.getOrDefault("x-ppid-notification-kind", ""));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
