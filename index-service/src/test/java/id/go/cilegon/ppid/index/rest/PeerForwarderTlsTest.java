package id.go.cilegon.ppid.index.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import id.go.cilegon.ppid.index.config.PeersConfig.Scheme;
import id.go.cilegon.ppid.index.service.NotReadyException;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over HTTPS a forwarded call reaches an owner only if its certificate chains to the configured CA and names the
 * instances' common name (ppid.peers.server-name), whatever address it is called at; over HTTP nothing changes. A
 * real TLS server (the JDK's) with certificates made by keytool for this run; no Quarkus needed.
 */
class PeerForwarderTlsTest {

    private static final String PASSWORD = "changeit";
    private static final HostInfo SELF = new HostInfo("localhost", 1);
    private static final String SERVER_NAME = "index-service.test";

    @TempDir
    static Path dir;

    private static HttpsServer owner;
    private static KeyStore theCa;
    private static KeyStore anotherCa;

    @BeforeAll
    static void ownerWithTheInstancesCertificate() throws Exception {
        keytool("-genkeypair", "-keystore", "ca.p12", "-alias", "ca", "-dname", "CN=peers test CA", "-ext", "bc:c");
        keytool("-exportcert", "-rfc", "-keystore", "ca.p12", "-alias", "ca", "-file", "ca.pem");
        keytool("-genkeypair", "-keystore", "other-ca.p12", "-alias", "ca", "-dname", "CN=other CA", "-ext", "bc:c");
        keytool("-exportcert", "-rfc", "-keystore", "other-ca.p12", "-alias", "ca", "-file", "other-ca.pem");
        keytool("-genkeypair", "-keystore", "owner.p12", "-alias", "owner", "-dname", "CN=localhost");
        keytool("-certreq", "-keystore", "owner.p12", "-alias", "owner", "-file", "owner.csr");
        keytool(
                "-gencert",
                "-keystore",
                "ca.p12",
                "-alias",
                "ca",
                "-infile",
                "owner.csr",
                "-outfile",
                "owner.pem",
                "-rfc",
                "-ext",
                "SAN=dns:" + SERVER_NAME);
        keytool("-importcert", "-noprompt", "-keystore", "owner.p12", "-alias", "ca", "-file", "ca.pem");
        keytool("-importcert", "-keystore", "owner.p12", "-alias", "owner", "-file", "owner.pem");

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve("owner.p12"))) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD.toCharArray());
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, null);

        owner = HttpsServer.create(new InetSocketAddress("localhost", 0), 0);
        owner.setHttpsConfigurator(new HttpsConfigurator(server));
        owner.createContext("/", exchange -> {
            byte[] body = ("forwarded by " + exchange.getRequestHeaders().getFirst(PeerForwarder.FORWARDED_HEADER))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        owner.start();

        theCa = trusting(dir.resolve("ca.pem"));
        anotherCa = trusting(dir.resolve("other-ca.pem"));
    }

    @AfterAll
    static void stop() {
        if (owner != null) {
            owner.stop(0);
        }
    }

    @Test
    void anOwnerWhoseCertificateChainsToTheCaAndNamesTheInstancesAnswersAtAnyAddress() {
        PeerForwarder peers = https(theCa, SERVER_NAME);
        for (String host : List.of("localhost", "127.0.0.1")) {
            HostInfo address = new HostInfo(host, owner.getAddress().getPort());
            assertEquals(
                    "https://" + host + ":" + address.port() + "/index/city?period=2026",
                    peers.uri(address, "/index/city?period=2026").toString());
            HttpResponse<byte[]> answer = peers.get(address, "/index/city", "Bearer t", "application/json", SELF);
            assertEquals(200, answer.statusCode());
            assertEquals("forwarded by localhost:1", new String(answer.body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void anOwnerWithACertificateOfAnotherCaIsNotAsked() {
        HostInfo address = new HostInfo("localhost", owner.getAddress().getPort());

        assertThrows(
                NotReadyException.class,
                () -> https(anotherCa, SERVER_NAME).get(address, "/index/city", "Bearer t", null, SELF));
        // Nor by the JVM's public CAs, which is what a TLS configuration without a trust store leaves.
        assertThrows(
                NotReadyException.class,
                () -> https(null, SERVER_NAME).get(address, "/index/city", "Bearer t", null, SELF));
    }

    @Test
    void anOwnerWhoseCertificateDoesNotNameTheInstancesIsNotAsked() {
        // The right CA, but a certificate for another name: not an instance of index-service.
        HostInfo address = new HostInfo("localhost", owner.getAddress().getPort());

        assertThrows(
                NotReadyException.class,
                () -> https(theCa, "index-service.elsewhere").get(address, "/index/city", "Bearer t", null, SELF));
        assertThrows(IllegalStateException.class, () -> PeerTrust.sslContext(theCa, " "));
    }

    @Test
    void plainHttpStaysPlainHttp() {
        PeerForwarder peers = new PeerForwarder(Scheme.HTTP, Duration.ofSeconds(10), null);

        assertEquals(
                "http://10.1.2.3:8084/index/ranking/local?period=2026",
                peers.uri(new HostInfo("10.1.2.3", 8084), "/index/ranking/local?period=2026")
                        .toString());
    }

    @Test
    void theTlsConfigurationMustExistAndVerify() {
        TlsConfigurationRegistry registry = registry("peer", tls(false, theCa));

        assertSame(theCa, PeerForwarder.trustStore(registry, "peer"));
        IllegalStateException missing =
                assertThrows(IllegalStateException.class, () -> PeerForwarder.trustStore(registry, "other"));
        assertTrue(missing.getMessage().contains("quarkus.tls.other."), missing.getMessage());
        IllegalStateException trustAll = assertThrows(
                IllegalStateException.class,
                () -> PeerForwarder.trustStore(registry("peer", tls(true, theCa)), "peer"));
        assertTrue(trustAll.getMessage().contains("trusts every certificate"), trustAll.getMessage());
    }

    private static PeerForwarder https(KeyStore trusted, String serverName) {
        return new PeerForwarder(Scheme.HTTPS, Duration.ofSeconds(10), PeerTrust.sslContext(trusted, serverName));
    }

    private static KeyStore trusting(Path caPem) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(caPem)) {
            trust.setCertificateEntry(
                    "ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        return trust;
    }

    private static TlsConfiguration tls(boolean trustAll, KeyStore trustStore) {
        return (TlsConfiguration) Proxy.newProxyInstance(
                TlsConfiguration.class.getClassLoader(), new Class<?>[] {TlsConfiguration.class}, (p, m, args) -> {
                    switch (m.getName()) {
                        case "isTrustAll":
                            return trustAll;
                        case "getTrustStore":
                            return trustStore;
                        default:
                            throw new UnsupportedOperationException(m.getName());
                    }
                });
    }

    private static TlsConfigurationRegistry registry(String name, TlsConfiguration tls) {
        return (TlsConfigurationRegistry) Proxy.newProxyInstance(
                TlsConfigurationRegistry.class.getClassLoader(),
                new Class<?>[] {TlsConfigurationRegistry.class},
                (p, m, args) -> {
                    if (m.getName().equals("get")) {
                        return name.equals(args[0]) ? Optional.of(tls) : Optional.empty();
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    /** keytool of this JDK in the test's folder, EC keys valid for two days, one store password. */
    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storepass", PASSWORD, "-storetype", "PKCS12"));
        if (args[0].equals("-genkeypair")) {
            command.addAll(List.of("-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2"));
        }
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + "\n" + output);
    }
}
