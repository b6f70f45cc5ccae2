package id.go.cilegon.ppid.index.rest;

import id.go.cilegon.ppid.index.service.NotReadyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.kafka.streams.state.HostInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Answers a REST call for a key another instance owns by asking that instance the same question, with the caller's
 * token: the owner applies the same access rules. A call that was already forwarded is never forwarded again, so
 * two instances that disagree during a rebalance cannot bounce a call between them.
 */
@ApplicationScoped
public class PeerForwarder {

    /** Marks a forwarded call; its value is the forwarding instance. */
    public static final String FORWARDED_HEADER = "X-PPID-Forwarded-By";
    /** Tells the caller which instance computed the answer. */
    public static final String SERVED_BY_HEADER = "X-PPID-Served-By";

    private static final Logger LOG = Logger.getLogger(PeerForwarder.class);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ConfigProperty(name = "ppid.peers.timeout", defaultValue = "10s")
    Duration timeout;

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
        return response.header(SERVED_BY_HEADER, owner.host() + ":" + owner.port())
                .build();
    }

    /** GET {@code pathAndQuery} on {@code owner}. */
    public HttpResponse<byte[]> get(
            HostInfo owner, String pathAndQuery, String authorization, String accept, HostInfo self) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://" + owner.host() + ":" + owner.port() + pathAndQuery))
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
