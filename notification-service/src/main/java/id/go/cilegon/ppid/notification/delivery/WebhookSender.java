package id.go.cilegon.ppid.notification.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.notification.config.NotificationConfig;
import id.go.cilegon.ppid.notification.domain.Notification;
import id.go.cilegon.ppid.notification.domain.OpdDesk;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Sends a message to an OPD system as a CloudEvent over HTTP in <b>structured</b> mode (the whole event is the
 * JSON body, {@code Content-Type: application/cloudevents+json}), signed the Standard Webhooks way:
 * {@code webhook-id} (the notification id, the same on every retry so the receiver can deduplicate),
 * {@code webhook-timestamp} (Unix seconds) and {@code webhook-signature: v1,<base64>} (two signatures, space
 * separated, while a secret is being rotated). Any answer but 2xx is a failure and is retried; redirects are not
 * followed.
 *
 * <p>The target is checked at every call ({@link WebhookTargets}) and the connection goes to the address checked,
 * with the host name only in the {@code Host} header, TLS SNI and the certificate check. A failure is recorded as
 * what failed (no connection, no answer in time, TLS, HTTP status), never with the network's own words, which would
 * tell an OPD's administrator what listens where.
 */
@ApplicationScoped
public class WebhookSender {

    /** CloudEvents type prefix of the webhooks; the kind and version follow. */
    public static final String TYPE_PREFIX = "id.go.cilegon.ppid.notification.";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    NotificationConfig config;

    @Inject
    WebhookSecrets secrets;

    @Inject
    WebhookTargets targets;

    @Inject
    Vertx vertx;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.webhook().connectTimeout().toMillis())
                .setKeepAlive(false)
                .setForceSni(true)
                .setVerifyHost(true));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public void send(Notification message, Instant now) throws DeliveryException {
        OpdDesk desk = OpdDesk.findById(message.recipientRef);
        if (desk == null || desk.webhookUrl == null) {
            throw new UndeliverableException("OPD " + message.recipientRef + " has no webhook in the directory");
        }
        List<String> keys = secrets.find(desk.webhookSecretRef);
        if (keys.isEmpty()) {
            throw new DeliveryException("webhook secret '" + desk.webhookSecretRef + "' is not configured (setting "
                    + WebhookSecrets.settingFor(desk.webhookSecretRef) + ")");
        }
        WebhookTargets.Target target = targets.resolve(desk.webhookUrl);
        String id = message.id.toString();
        String body = body(message);
        long timestamp = now.getEpochSecond();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(
                        target.port(), target.address().getHostAddress()))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.path())
                .setFollowRedirects(false)
                .setIdleTimeout(config.webhook().requestTimeout().toMillis())
                .putHeader("Content-Type", "application/cloudevents+json; charset=utf-8")
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", WebhookSigner.signatures(keys, id, timestamp, body))
                .putHeader("User-Agent", "ppid-notification-service");
        int status;
        try {
            status = client.request(request)
                    .compose(call -> call.send(body))
                    .map(response -> {
                        // Only the status counts; whatever body follows is not read.
                        response.request().connection().close();
                        return response.statusCode();
                    })
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(
                            config.webhook()
                                    .connectTimeout()
                                    .plus(config.webhook().requestTimeout())
                                    .toMillis(),
                            TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new DeliveryException(failure(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new DeliveryException("webhook: no answer in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("webhook: interrupted", e);
        }
        if (status / 100 != 2) {
            throw new DeliveryException("webhook: HTTP " + status);
        }
    }

    /** What failed, in the platform's words. */
    static String failure(Throwable e) {
        if (e instanceof SSLException) {
            return "webhook: TLS failed (certificate or handshake)";
        }
        if (e instanceof ConnectException) {
            return "webhook: no connection to the host";
        }
        if (e instanceof TimeoutException || e.getClass().getSimpleName().contains("Timeout")) {
            return "webhook: no answer in time";
        }
        return "webhook: the call failed (" + e.getClass().getSimpleName() + ")";
    }

    /** The CloudEvent in structured mode, the same on every retry; its data carries no personal data. */
    static String body(Notification message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", message.requestId.toString());
        data.put("kind", message.kind);
        data.putAll(message.data);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", message.id.toString());
        event.put("source", Services.source(Services.NOTIFICATION_SERVICE));
        event.put("type", TYPE_PREFIX + message.kind + ".v1");
        event.put("subject", message.requestId.toString());
        event.put("time", DateTimeFormatter.ISO_INSTANT.format(message.createdAt));
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the webhook body", e);
        }
    }
}
