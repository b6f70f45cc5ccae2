package id.go.cilegon.ppid.testing.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ppid realm, imported into the real Keycloak, issues the tokens the services rely on. */
class RealmTokensTest {

    @BeforeAll
    static void startKeycloak() {
        String url = Keycloak.serverUrl();
        Duration startup = Keycloak.startupTime();
        System.out.println("[testing-keycloak] Keycloak at " + url + ", startup "
                + (startup == null ? "n/a (already running / external)" : startup.toMillis() + " ms")
                + ", log " + System.getProperty("ppid.keycloak.log"));
    }

    @Test
    void officerTokenHasRoleAndOpdClaim() {
        String token = Keycloak.accessToken("petugas.dlh", Keycloak.DEMO_PASSWORD);
        Map<String, Object> claims = Keycloak.claims(token);
        assertTrue(Keycloak.realmRoles(token).contains("ppid-officer"), claims.toString());
        assertEquals("DLH", claims.get("opd"));
        assertEquals("ppid-web", claims.get("azp"));
        assertEquals(Keycloak.realmUrl(), claims.get("iss"));
        assertTrue(audience(claims).contains("ppid-api"), "aud: " + claims.get("aud"));
    }

    @ParameterizedTest
    @CsvSource({
        "petugas.disdukcapil, DISDUKCAPIL",
        "petugas.dlh, DLH",
        "petugas.dpupr, DPUPR",
        "petugas.dindikbud, DINDIKBUD"
    })
    void everyOfficerCarriesItsOpd(String username, String opd) {
        String token = Keycloak.accessToken(username);
        assertEquals(opd, Keycloak.claims(token).get("opd"));
        assertEquals(List.of("ppid-officer"), Keycloak.realmRoles(token));
    }

    @Test
    void applicantsHaveApplicantRoleAndNoOpd() {
        for (String username : List.of("pemohon1", "pemohon2")) {
            String token = Keycloak.accessToken(username);
            List<String> roles = Keycloak.realmRoles(token);
            assertTrue(roles.contains("applicant"), username + ": " + roles);
            assertFalse(roles.contains("ppid-officer"), username + ": " + roles);
            assertFalse(Keycloak.claims(token).containsKey("opd"));
        }
    }

    @ParameterizedTest
    @CsvSource({"ppid.utama, ppid-main", "atasan.ppid, ppid-superior", "admin.ppid, admin"})
    void staffRoles(String username, String role) {
        String token = Keycloak.accessToken(username);
        assertEquals(List.of(role), Keycloak.realmRoles(token));
        assertFalse(Keycloak.claims(token).containsKey("opd"));
    }

    @ParameterizedTest
    @CsvSource({"opd-system-disdukcapil, DISDUKCAPIL", "opd-system-dlh, DLH", "opd-system-dpupr, DPUPR"})
    void opdSystemClientCredentialsToken(String clientId, String opd) {
        String token = Keycloak.clientToken(clientId, Keycloak.clientSecret(clientId));
        Map<String, Object> claims = Keycloak.claims(token);
        assertEquals(List.of("opd-system"), Keycloak.realmRoles(token), claims.toString());
        assertEquals(opd, claims.get("opd"));
        assertEquals(clientId, claims.get("azp"));
        assertTrue(audience(claims).contains("ppid-api"), "aud: " + claims.get("aud"));
    }

    @Test
    void wrongPasswordIsRefused() {
        Keycloak.TokenRequestException e = assertThrows(
                Keycloak.TokenRequestException.class, () -> Keycloak.accessToken("pemohon2", "wrong-password"));
        assertEquals(401, e.status());
        assertEquals("invalid_grant", e.error());
    }

    @Test
    void wrongClientSecretIsRefused() {
        Keycloak.TokenRequestException e = assertThrows(
                Keycloak.TokenRequestException.class, () -> Keycloak.clientToken("opd-system-dlh", "wrong-secret"));
        assertEquals(401, e.status());
    }

    @Test
    void secretPlaceholderWasSubstitutedFromTheEnvironment() {
        // if the variable had been missing, Keycloak would have stored the literal text as the secret
        assertThrows(
                Keycloak.TokenRequestException.class,
                () -> Keycloak.clientToken("opd-system-dlh", "${OPD_SYSTEM_DLH_SECRET}"));
        assertEquals("OPD_SYSTEM_DLH_SECRET", Keycloak.secretVariable("opd-system-dlh"));
    }

    @Test
    void ppidApiIsNotAUsableClient() {
        Keycloak.TokenRequestException e = assertThrows(
                Keycloak.TokenRequestException.class,
                () -> Keycloak.tokenResponse(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "ppid-api",
                        "username",
                        "pemohon1",
                        "password",
                        Keycloak.DEMO_PASSWORD)));
        assertTrue(e.status() == 400 || e.status() == 401, e.getMessage());
    }

    @Test
    void applicantCannotGiveHimselfAnOpd() throws Exception {
        // the user profile lets only admins edit "opd": the account API must not let a user become "DLH"
        String body = "{\"username\":\"pemohon1\",\"email\":\"pemohon1@example.com\",\"firstName\":\"Budi\","
                + "\"lastName\":\"Santoso\",\"attributes\":{\"opd\":[\"DLH\"]}}";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Keycloak.realmUrl() + "/account/"))
                                .header("Authorization", "Bearer " + Keycloak.accessToken("pemohon1"))
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        System.out.println("[testing-keycloak] account API on opd: " + response.statusCode() + " " + response.body());
        assertTrue(
                response.statusCode() != 401 && response.statusCode() != 403,
                "account API must be reachable for the check to mean anything: " + response.statusCode());
        assertFalse(
                Keycloak.claims(Keycloak.accessToken("pemohon1")).containsKey("opd"),
                "account API answered " + response.statusCode() + " " + response.body());
    }

    @SuppressWarnings("unchecked")
    private static List<String> audience(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        return aud instanceof List ? (List<String>) aud : aud == null ? List.of() : List.of(aud.toString());
    }
}
