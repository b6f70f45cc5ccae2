package id.go.cilegon.ppid.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the running platform as its users do: a token from Keycloak by password grant (client {@code ppid-web},
 * the demo accounts' password), then JSON over HTTP. Used by the demo data and by {@code ./ppid demo}.
 */
final class PlatformClient {

    /** The demo accounts' password (deploy/keycloak/ppid-realm.json). */
    static final String DEMO_PASSWORD = "ppid-demo-2026";

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String realmUrl;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    /** @param realmUrl e.g. {@code http://127.0.0.1:8180/realms/ppid} */
    PlatformClient(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    /** One answer: its status and body (a JSON node, missing when the body is empty or not JSON). */
    record Response(int status, JsonNode json, String body, Map<String, java.util.List<String>> headers) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** A text field of the body, or "" when absent. */
        String text(String field) {
            JsonNode n = json.path(field);
            return n.isMissingNode() || n.isNull() ? "" : n.asText();
        }

        /** The problem's code and detail, for messages. */
        String problem() {
            String code = text("code");
            String detail = text("detail");
            if (code.isEmpty() && detail.isEmpty()) {
                return "HTTP " + status + (body.isBlank() ? "" : ": " + abbreviate(body, 300));
            }
            StringBuilder s = new StringBuilder("HTTP " + status + " " + code + ": " + detail);
            for (JsonNode v : json.path("violations")) {
                s.append(" [")
                        .append(v.path("field").asText())
                        .append(": ")
                        .append(v.path("message").asText())
                        .append("]");
            }
            return s.toString();
        }
    }

    private record Token(String value, Instant expires) {}

    /** An access token for a demo account, cached until shortly before it expires. */
    String token(String user) throws IOException {
        return cachedToken(
                user,
                "grant_type=password&client_id=ppid-web&username=" + enc(user) + "&password=" + enc(DEMO_PASSWORD)
                        + "&scope=openid");
    }

    /** An access token of a confidential client by the client-credentials grant (an OPD system's), cached. */
    String clientToken(String clientId, String secret) throws IOException {
        return cachedToken(
                "client " + clientId,
                "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret));
    }

    private String cachedToken(String who, String form) throws IOException {
        Token t = tokens.get(who);
        if (t != null && Instant.now().isBefore(t.expires())) {
            return t.value();
        }
        HttpRequest req = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        Response r = send(req);
        if (!r.ok() || r.text("access_token").isEmpty()) {
            throw new IOException(
                    "Keycloak refused a token for " + who + " (" + r.status() + ": " + abbreviate(r.body(), 200) + ")");
        }
        long seconds = r.json().path("expires_in").asLong(60);
        tokens.put(who, new Token(r.text("access_token"), Instant.now().plusSeconds(Math.max(10, seconds - 30))));
        return r.text("access_token");
    }

    /** GET as {@code user} (null: without a token). */
    Response get(String url, String user) throws IOException {
        return call("GET", url, user, null, Map.of());
    }

    /** A call as {@code user} with a JSON body (null: none) and extra headers. */
    Response call(String method, String url, String user, Object body, Map<String, String> headers) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        headers.forEach(b::header);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return send(b.build());
    }

    private Response send(HttpRequest req) throws IOException {
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json;
            try {
                json = r.body() == null || r.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(r.body());
            } catch (IOException notJson) {
                json = MissingNode.getInstance();
            }
            return new Response(
                    r.statusCode(),
                    json == null ? MissingNode.getInstance() : json,
                    r.body() == null ? "" : r.body(),
                    r.headers().map());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String abbreviate(String s, int max) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() > max ? one.substring(0, max) + "..." : one;
    }
}
