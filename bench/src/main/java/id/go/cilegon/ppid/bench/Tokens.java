package id.go.cilegon.ppid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Applicant tokens from the bench Keycloak (password grant of the public client ppid-web), renewed a minute before
 * they expire, so a long run never sends an expired token.
 */
public final class Tokens {

    private record Token(String value, long renewAtNanos) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long RENEW_BEFORE_NANOS = Duration.ofSeconds(60).toNanos();

    private final String tokenUrl;
    private final List<String> users;
    private final String password;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    public Tokens(String realmUrl, List<String> users, String password) {
        this.tokenUrl = realmUrl + "/protocol/openid-connect/token";
        this.users = List.copyOf(users);
        this.password = password;
    }

    /** The users in turn. */
    public List<String> users() {
        return users;
    }

    /** A valid bearer token of user {@code i % users}. */
    public String bearer(long i) {
        return get(users.get((int) (i % users.size())));
    }

    /** A valid token of {@code user}, fetched again when it expires within a minute. */
    public String get(String user) {
        Token t = tokens.get(user);
        if (t != null && System.nanoTime() < t.renewAtNanos) {
            return t.value;
        }
        synchronized (this) {
            t = tokens.get(user);
            if (t != null && System.nanoTime() < t.renewAtNanos) {
                return t.value;
            }
            Token fresh = fetch(user);
            tokens.put(user, fresh);
            return fresh.value;
        }
    }

    private Token fetch(String user) {
        String form = Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "ppid-web",
                        "username",
                        user,
                        "password",
                        password,
                        "scope",
                        "openid")
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            long asked = System.nanoTime();
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(tokenUrl))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(
                        "Keycloak refused a token for " + user + ": " + r.statusCode() + " " + r.body());
            }
            JsonNode body = JSON.readTree(r.body());
            long lifetime =
                    Duration.ofSeconds(body.path("expires_in").asLong(300)).toNanos();
            return new Token(
                    body.path("access_token").asText(), asked + Math.max(lifetime / 2, lifetime - RENEW_BEFORE_NANOS));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot reach Keycloak at " + tokenUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
