package id.go.cilegon.ppid.notification.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.notification.config.NotificationConfig;
import id.go.cilegon.ppid.notification.domain.Notification;
import id.go.cilegon.ppid.notification.domain.OpdDesk;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends a message to an OPD system as a CloudEvent over HTTP in <b>structured</b> mode (the whole event is the
 * JSON body, {@code Content-Type: application/cloudevents+json}), signed the Standard Webhooks way:
 * {@code webhook-id} (the notification id, the same on every retry so the receiver can deduplicate),
 * {@code webhook-timestamp} (Unix seconds) and {@code webhook-signature: v1,<base64>}. Any answer but 2xx is a
 * failure and is retried.
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

    private HttpClient client;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder()
                .connectTimeout(config.webhook().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public void send(Notification message, Instant now) throws DeliveryException {
        OpdDesk desk = OpdDesk.findById(message.recipientRef);
        if (desk == null || desk.webhookUrl == null) {
            throw new UndeliverableException("OPD " + message.recipientRef + " has no webhook in the directory");
        }
        String secret = secrets.find(desk.webhookSecretRef)
                .orElseThrow(() -> new DeliveryException("webhook secret '" + desk.webhookSecretRef
                        + "' is not configured (setting " + WebhookSecrets.settingFor(desk.webhookSecretRef) + ")"));
        String id = message.id.toString();
        String body = body(message);
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(desk.webhookUrl))
                .timeout(config.webhook().requestTimeout())
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSigner.signature(secret, id, timestamp, body))
                .header("User-Agent", "ppid-notification-service")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryException(
                    "webhook: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("webhook: interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new DeliveryException("webhook: HTTP " + response.statusCode());
        }
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
