package id.go.cilegon.ppid.deploy.crd;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.util.Map;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * Keycloak operator {@code k8s.keycloak.org/v2alpha1 KeycloakRealmImport}; the realm is Keycloak's own
 * {@link RealmRepresentation} (keycloak-core), so a misspelt realm field fails too.
 */
public record KeycloakRealmImport(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    /** KeycloakRealmImportSpec. */
    public record Spec(
            String keycloakCRName,
            RealmRepresentation realm,
            Map<String, Placeholder> placeholders,
            ResourceRequirements resources,
            Map<String, String> labels) {}

    /** A {@code ${NAME}} of the realm, resolved from a Secret key at import. */
    public record Placeholder(SecretKeySelector secret) {}
}
