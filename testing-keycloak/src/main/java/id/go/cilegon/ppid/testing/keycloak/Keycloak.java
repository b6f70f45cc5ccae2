package id.go.cilegon.ppid.testing.keycloak;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tokens from the real Keycloak test server (started on first use, one per JVM) and facts about the ppid realm.
 *
 * <pre>{@code
 * String token = Keycloak.accessToken("petugas.dlh", Keycloak.DEMO_PASSWORD);
 * given().auth().oauth2(token).get("/requests").then().statusCode(200);
 * }</pre>
 */
public final class Keycloak {

    /** Realm name. */
    public static final String REALM = KeycloakServer.REALM;
    /** Password of every demo user in {@code deploy/keycloak/ppid-realm.json} (published demo accounts). */
    public static final String DEMO_PASSWORD = "ppid-demo-2026";
    /** Public client used for the password grant (and the future UI). */
    public static final String WEB_CLIENT_ID = "ppid-web";
    /** Audience / client id of the services ({@code quarkus.oidc.client-id}). */
    public static final String API_CLIENT_ID = "ppid-api";
    /** Bootstrap admin of the test server's {@code master} realm (only on the test server). */
    public static final String ADMIN_USERNAME = KeycloakServer.ADMIN_USERNAME;
    /** Password of {@link #ADMIN_USERNAME}. */
    public static final String ADMIN_PASSWORD = KeycloakServer.ADMIN_PASSWORD;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Keycloak() {}

    /** Base URL of the server, e.g. {@code http://127.0.0.1:41234}; starts the server if it is not running. */
    public static String serverUrl() {
        return KeycloakServer.ensureStarted();
    }

    /** {@code serverUrl() + "/realms/ppid"}: the value for {@code quarkus.oidc.auth-server-url}. */
    public static String realmUrl() {
        return serverUrl() + "/realms/" + REALM;
    }

    /** Token endpoint of the ppid realm. */
    public static String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    /** How long this JVM waited for its server (null if it did not start one, e.g. an external server). */
    public static Duration startupTime() {
        String millis = System.getProperty(KeycloakServer.STARTUP_MILLIS_PROPERTY);
        return millis == null ? null : Duration.ofMillis(Long.parseLong(millis));
    }

    /** Access token of a user by the password grant through {@code ppid-web}. */
    public static String accessToken(String username, String password) {
        return tokenResponse(Map.of(
                        "grant_type", "password",
                        "client_id", WEB_CLIENT_ID,
                        "username", username,
                        "password", password,
                        "scope", "openid"))
                .get("access_token")
                .toString();
    }

    /** Access token of a demo user ({@link #DEMO_PASSWORD}). */
    public static String accessToken(String username) {
        return accessToken(username, DEMO_PASSWORD);
    }

    /** Access token of a confidential client by the client-credentials grant. */
    public static String clientToken(String clientId, String secret) {
        return tokenResponse(Map.of(
                        "grant_type", "client_credentials",
                        "client_id", clientId,
                        "client_secret", secret))
                .get("access_token")
                .toString();
    }

    /** Access token of a confidential client of the realm file, with the secret the test server was given. */
    public static String clientToken(String clientId) {
        return clientToken(clientId, clientSecret(clientId));
    }

    /**
     * The secret of a confidential client on the test server: the value of its environment variable
     * ({@code opd-system-dlh} → {@code OPD_SYSTEM_DLH_SECRET}) if set, else the fixed test value
     * {@code test-opd-system-dlh-secret}.
     */
    public static String clientSecret(String clientId) {
        return KeycloakServer.placeholderValue(secretVariable(clientId));
    }

    /** Environment variable holding a client's secret in the realm file: {@code opd-system-dlh} → {@code OPD_SYSTEM_DLH_SECRET}. */
    public static String secretVariable(String clientId) {
        return clientId.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_') + "_SECRET";
    }

    /**
     * Posts a form to the token endpoint and returns the parsed JSON answer.
     *
     * @throws TokenRequestException if Keycloak does not answer 200 (e.g. wrong password: 401 invalid_grant)
     */
    public static Map<String, Object> tokenResponse(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Token request to " + tokenUrl() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        Map<String, Object> json = parse(response.body());
        if (response.statusCode() != 200 || !json.containsKey("access_token")) {
            throw new TokenRequestException(
                    response.statusCode(),
                    String.valueOf(json.get("error")),
                    String.valueOf(json.get("error_description")),
                    response.body());
        }
        return json;
    }

    /** The (unverified) payload of a JWT as a map: {@code claims(t).get("opd")}, {@code realm_access.roles}, ... */
    public static Map<String, Object> claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT");
        }
        return parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    /** {@code realm_access.roles} of a token. */
    @SuppressWarnings("unchecked")
    public static java.util.List<String> realmRoles(String jwt) {
        Object realmAccess = claims(jwt).get("realm_access");
        if (!(realmAccess instanceof Map)) {
            return java.util.List.of();
        }
        Object roles = ((Map<String, Object>) realmAccess).get("roles");
        return roles instanceof java.util.List ? (java.util.List<String>) roles : java.util.List.of();
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (IOException e) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("error", "unparseable response");
            m.put("error_description", json);
            return m;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Keycloak refused a token request. */
    public static final class TokenRequestException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String error;
        private final String errorDescription;

        TokenRequestException(int status, String error, String errorDescription, String body) {
            super("Keycloak token request refused: HTTP " + status + " " + body);
            this.status = status;
            this.error = error;
            this.errorDescription = errorDescription;
        }

        /** HTTP status, e.g. 401. */
        public int status() {
            return status;
        }

        /** OAuth error code, e.g. {@code invalid_grant}. */
        public String error() {
            return error;
        }

        /** Keycloak's description, e.g. {@code Invalid user credentials}. */
        public String errorDescription() {
            return errorDescription;
        }
    }
}
