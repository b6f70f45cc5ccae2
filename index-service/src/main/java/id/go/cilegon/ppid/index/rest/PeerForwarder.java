package id.go.cilegon.ppid.index.rest;

import id.go.cilegon.ppid.index.config.PeersConfig;
import id.go.cilegon.ppid.index.config.PeersConfig.Scheme;
import id.go.cilegon.ppid.index.service.NotReadyException;
import io.quarkus.runtime.Startup;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.apache.kafka.streams.state.HostInfo;
import org.jboss.logging.Logger;

/**
 * Answers a REST call for a key another instance owns by asking that instance the same question, with the caller's
 * token if there is one: the owner applies the same access rules. Every call also carries the instances' shared key
 * ({@code ppid.peers.key}), which opens {@code /index/ranking/local} to them: so the ranking can gather the other
 * instances' OPDs for a caller who has no token to pass on. A call that was already forwarded is never forwarded
 * again, so two instances that disagree during a rebalance cannot bounce a call between them. Over HTTPS (production)
 * the owner's certificate must chain to the trust store of {@code ppid.peers.tls-configuration-name} and name {@code
 * ppid.peers.server-name} ({@link PeerTrust}); built at start, so a missing or trust-all configuration stops the start.
 */
@Startup
@ApplicationScoped
public class PeerForwarder {

    /** Marks a forwarded call; its value is the forwarding instance. */
    public static final String FORWARDED_HEADER = "X-PPID-Forwarded-By";
    /** The instances' shared key ({@code ppid.peers.key}); never logged. */
    public static final String PEER_KEY_HEADER = "X-PPID-Peer-Key";

    /** Shorter keys are refused at start: {@code openssl rand -base64 32} gives 44 characters. */
    static final int MINIMUM_KEY_LENGTH = 32;

    private static final Logger LOG = Logger.getLogger(PeerForwarder.class);

    // Not final: ArC gives this bean's client proxy a constructor without arguments, which sets none of them.
    private Scheme scheme;
    private Duration timeout;
    private HttpClient client;
    private String key;

    @Inject
    PeerForwarder(PeersConfig config, TlsConfigurationRegistry tls) {
        this(
                config.scheme(),
                config.timeout(),
                config.scheme() == Scheme.HTTPS
                        ? PeerTrust.sslContext(trustStore(tls, config.tlsConfigurationName()), config.serverName())
                        : null,
                key(config.key()));
    }

    /** Over HTTPS {@code tls} verifies the owners ({@link PeerTrust}); a key of its own, as for a lone instance. */
    PeerForwarder(Scheme scheme, Duration timeout, SSLContext tls) {
        this(scheme, timeout, tls, key(Optional.empty()));
    }

    /** Over HTTPS {@code tls} verifies the owners ({@link PeerTrust}); {@code key} is the instances' shared key. */
    PeerForwarder(Scheme scheme, Duration timeout, SSLContext tls, String key) {
        this.scheme = scheme;
        this.timeout = timeout;
        this.key = key;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (scheme == Scheme.HTTPS) {
            builder.sslContext(tls);
        }
        this.client = builder.build();
    }

    /**
     * The trust store of a TLS configuration fit to verify the other instances: it must exist and must not trust
     * every certificate; null when it names no trust store (then the JVM's CAs).
     */
    static KeyStore trustStore(TlsConfigurationRegistry registry, String name) {
        TlsConfiguration tls = registry.get(name)
                .orElseThrow(() -> new IllegalStateException("ppid.peers.scheme=https needs the TLS configuration '"
                        + name + "' (quarkus.tls." + name + ".trust-store.*), or another named by "
                        + "ppid.peers.tls-configuration-name"));
        if (tls.isTrustAll()) {
            throw new IllegalStateException("TLS configuration '" + name + "' trusts every certificate: the instances"
                    + " forward callers' tokens to each other, so their certificates must be verified");
        }
        return tls.getTrustStore();
    }

    /**
     * The configured key, long enough; without one a random key, which no other instance knows: a lone instance never
     * calls another, and several instances without a common key cannot gather the ranking for a caller without a
     * token (503), which the log says at start.
     */
    static String key(Optional<String> configured) {
        Optional<String> given = configured.map(String::strip).filter(k -> !k.isEmpty());
        if (given.isPresent()) {
            String key = given.get();
            if (key.length() < MINIMUM_KEY_LENGTH) {
                throw new IllegalStateException("ppid.peers.key must have at least " + MINIMUM_KEY_LENGTH
                        + " characters (e.g. openssl rand -base64 32)");
            }
            return key;
        }
        LOG.info("ppid.peers.key is not set: this instance uses a key of its own. Alone that is enough; beside other"
                + " instances the public ranking cannot gather their OPDs for callers without a token");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Whether the call comes from another instance: it shows the instances' key. */
    public boolean fromPeer(HttpHeaders headers) {
        String shown = headers.getHeaderString(PEER_KEY_HEADER);
        return shown != null
                && MessageDigest.isEqual(shown.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8));
    }

    /** Where the same call goes on the owner. */
    URI uri(HostInfo owner, String pathAndQuery) {
        return URI.create(scheme.uriScheme() + "://" + owner.host() + ":" + owner.port() + pathAndQuery);
    }

    /** Forwards the current call to {@code owner} and relays its answer. */
    public Response forward(HostInfo owner, HostInfo self, UriInfo uri, HttpHeaders headers) {
        if (headers.getHeaderString(FORWARDED_HEADER) != null) {
            throw NotReadyException.moving();
        }
        String pathAndQuery = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null
                        ? ""
                        : "?" + uri.getRequestUri().getRawQuery());
        HttpResponse<byte[]> answer = get(
                owner,
                pathAndQuery,
                headers.getHeaderString(HttpHeaders.AUTHORIZATION),
                headers.getHeaderString(HttpHeaders.ACCEPT),
                self);
        Response.ResponseBuilder response = Response.status(answer.statusCode()).entity(answer.body());
        answer.headers().firstValue("content-type").ifPresent(response::type);
        answer.headers().firstValue("retry-after").ifPresent(v -> response.header("Retry-After", v));
        return response.build();
    }

    /** GET {@code pathAndQuery} on {@code owner}. */
    public HttpResponse<byte[]> get(
            HostInfo owner, String pathAndQuery, String authorization, String accept, HostInfo self) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(owner, pathAndQuery))
                .timeout(timeout)
                .GET()
                .header(FORWARDED_HEADER, self.host() + ":" + self.port())
                .header(PEER_KEY_HEADER, key);
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (accept != null) {
            request.header(HttpHeaders.ACCEPT, accept);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            LOG.warnf("Instance %s:%d did not answer %s: %s", owner.host(), owner.port(), pathAndQuery, e.getMessage());
            throw NotReadyException.moving();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NotReadyException.moving();
        }
    }
}
