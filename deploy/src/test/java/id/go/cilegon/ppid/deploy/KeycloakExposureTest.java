package id.go.cilegon.ppid.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.deploy.crd.Keycloak;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keycloak's public host publishes only /realms/ and /resources/; the admin console has a host of its own, which in
 * production only the internal ingress class serves.
 */
class KeycloakExposureTest {

    private static final String SERVICE = "ppid-keycloak-service";

    @Test
    void thePublicHostServesOnlyLoginAndTheAdminConsoleHasItsOwnHost() {
        for (String overlay : DeployPaths.overlays()) {
            Rendered r = Rendered.of(overlay);
            Keycloak keycloak = r.one(Keycloak.class, "ppid-keycloak");
            assertFalse(keycloak.spec().ingress().enabled(), overlay + ": the operator's Ingress publishes every path");
            String publicHost =
                    URI.create(keycloak.spec().hostname().hostname()).getHost();
            String adminHost = URI.create(keycloak.spec().hostname().admin()).getHost();
            assertNotEquals(publicHost, adminHost, overlay);

            List<String> publicPaths = new ArrayList<>();
            List<String> adminClasses = new ArrayList<>();
            String publicClass = null;
            for (Ingress ingress : r.all(Ingress.class)) {
                for (IngressRule rule : ingress.getSpec().getRules()) {
                    for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                        if (!SERVICE.equals(path.getBackend().getService().getName())) {
                            continue;
                        }
                        if (publicHost.equals(rule.getHost())) {
                            publicPaths.add(path.getPath());
                            publicClass = ingress.getSpec().getIngressClassName();
                        } else {
                            assertEquals(adminHost, rule.getHost(), overlay + ": Keycloak on an unknown host");
                            adminClasses.add(ingress.getSpec().getIngressClassName());
                        }
                    }
                }
            }
            assertEquals(Set.of("/realms/", "/resources/"), Set.copyOf(publicPaths), overlay + ": public paths");
            assertFalse(adminClasses.isEmpty(), overlay + ": no way to the admin console");
            if (overlay.equals("prod")) {
                for (String adminClass : adminClasses) {
                    assertNotEquals(publicClass, adminClass, "prod: the admin host on the public ingress class");
                    assertTrue(adminClass.contains("internal"), "prod: admin host on " + adminClass);
                }
            }
        }
    }

    /**
     * The stock Keycloak image is not pre-built for the platform's options: started optimized (the operator's default
     * once an image is set), it would run without health, metrics and its database settings.
     */
    @Test
    void theStockImageIsBuiltAtStart() {
        for (String overlay : DeployPaths.overlays()) {
            Keycloak keycloak = Rendered.of(overlay).one(Keycloak.class, "ppid-keycloak");
            assertTrue(keycloak.spec().image().startsWith("quay.io/keycloak/keycloak:"), overlay);
            assertEquals(Boolean.FALSE, keycloak.spec().startOptimized(), overlay);
        }
    }
}
