package id.go.cilegon.ppid.testing.keycloak;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Real Keycloak (realm {@code ppid}) for {@code @QuarkusTest}s:
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(KeycloakTestResource.class)
 * class RequestResourceTest { ... Keycloak.accessToken("pemohon1") ... }
 * }</pre>
 *
 * <p>Returns {@code quarkus.oidc.auth-server-url=http://127.0.0.1:PORT/realms/ppid} and
 * {@code quarkus.oidc.client-id=ppid-api} (init arg {@code client-id} overrides the latter). The server is
 * started once per JVM and shared by every test class and profile; a shutdown hook stops it, so {@link #stop()}
 * does nothing.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    /** Init arg overriding {@code quarkus.oidc.client-id}. */
    public static final String CLIENT_ID_ARG = "client-id";

    private String clientId = Keycloak.API_CLIENT_ID;

    @Override
    public void init(Map<String, String> initArgs) {
        String configured = initArgs.get(CLIENT_ID_ARG);
        if (configured != null && !configured.isBlank()) {
            clientId = configured;
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc.auth-server-url", Keycloak.realmUrl(), "quarkus.oidc.client-id", clientId);
    }

    @Override
    public void stop() {
        // shared by the whole JVM; the shutdown hook registered at start kills the process tree
    }
}
