package id.go.cilegon.ppid.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.stream.Collectors;

/**
 * HTTP calls to the services with real tokens from the realm (password grant, client {@code ppid-web}), and to the
 * portal's public pages without one.
 */
final class Api {

    static final String DEMO_PASSWORD = "ppid-demo-2026";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String tokenUrl;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant expires) {}

    /** A response: status and JSON body (a missing node when the body is empty or not JSON). */
    record Reply(int status, JsonNode body, String raw) {
        Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + raw);
            }
            return this;
        }
    }

    Api(String realmUrl) {
        this.tokenUrl = realmUrl + "/protocol/openid-connect/token";
    }

    /** An access token of a demo user, fetched again shortly before it expires. */
    String token(String user) {
        Token t = tokens.get(user);
        if (t == null || Instant.now().isAfter(t.expires().minusSeconds(30))) {
            String form = Map.of(
                            "grant_type",
                            "password",
                            "client_id",
                            "ppid-web",
                            "username",
                            user,
                            "password",
                            DEMO_PASSWORD,
                            "scope",
                            "openid")
                    .entrySet()
                    .stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            Reply r = send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            if (r.status() != 200) {
                throw new AssertionError("no token for " + user + ": HTTP " + r.status() + " " + r.raw());
            }
            t = new Token(
                    r.body().get("access_token").asText(),
                    Instant.now().plusSeconds(r.body().get("expires_in").asLong()));
            tokens.put(user, t);
        }
        return t.value();
    }

    Reply get(String user, String url) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token(user))
                .header("Accept", "application/json")
                .GET());
    }

    Reply post(String user, String url, Object body) {
        String json;
        try {
            json = body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A PUT of a text body, e.g. a calendar year as {@code text/csv}. */
    Reply put(String user, String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A public page as a visitor's browser gets it: no token. */
    record Page(int status, String contentType, String html) {}

    Page page(String url) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Accept", "text/html")
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
            } catch (IOException e) {
                body = JSON.missingNode();
            }
            return new Reply(response.statusCode(), body, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
