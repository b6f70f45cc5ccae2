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
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.apache.kafka.streams.state.HostInfo;
import org.jboss.logging.Logger;

/**
 * Answers a REST call for a key another instance owns by asking that instance the same question, with the caller's
 * token if there is one and without one if there is none: every endpoint it forwards to is public, and the owner
 * applies the same rules as this instance would. A call that was already forwarded is never forwarded again, so two
 * instances that disagree during a rebalance cannot bounce a call between them. Over HTTPS (production) the owner's
 * certificate must chain to the trust store of {@code ppid.peers.tls-configuration-name} and name {@code
 * ppid.peers.server-name} ({@link PeerTrust}); built at start, so a missing or trust-all configuration stops the start.
 */
@Startup
@ApplicationScoped
public class PeerForwarder {

    /** Marks a forwarded call; its value is the forwarding instance. */
    public static final String FORWARDED_HEADER = "X-PPID-Forwarded-By";

    private static final Logger LOG = Logger.getLogger(PeerForwarder.class);

    // Not final: ArC gives this bean's client proxy a constructor without arguments, which sets none of them.
    private Scheme scheme;
    private Duration timeout;
    private HttpClient client;

    @Inject
    PeerForwarder(PeersConfig config, TlsConfigurationRegistry tls) {
        this(
                config.scheme(),
                config.timeout(),
                config.scheme() == Scheme.HTTPS
                        ? PeerTrust.sslContext(trustStore(tls, config.tlsConfigurationName()), config.serverName())
                        : null);
    }

    /** Over HTTPS {@code tls} verifies the owners ({@link PeerTrust}). */
    PeerForwarder(Scheme scheme, Duration timeout, SSLContext tls) {
        this.scheme = scheme;
        this.timeout = timeout;
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

    /** GET {@code pathAndQuery} on {@code owner}, with {@code authorization} only when there is one. */
    public HttpResponse<byte[]> get(
            HostInfo owner, String pathAndQuery, String authorization, String accept, HostInfo self) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(owner, pathAndQuery))
                .timeout(timeout)
                .GET()
                .header(FORWARDED_HEADER, self.host() + ":" + self.port());
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
