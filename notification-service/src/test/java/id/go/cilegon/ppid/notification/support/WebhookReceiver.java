package id.go.cilegon.ppid.notification.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An OPD system's webhook endpoint: a real HTTP server on a free local port that records each delivery, checks its
 * Standard Webhooks signature on its own (not with the service's code), and can be told to fail first.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One delivery as received. */
    public record Delivery(
            String id,
            String timestamp,
            String signature,
            String contentType,
            String body,
            boolean signatureValid,
            int answeredWith) {}

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failWith = 500;
    private final String secret;

    public WebhookReceiver(String secret) throws IOException {
        this.secret = secret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ppid/webhook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, List<String>> headers = exchange.getRequestHeaders();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            String text = new String(body, StandardCharsets.UTF_8);
            boolean valid = headers.containsKey("webhook-signature") && verify(id, timestamp, text, signature);
            int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? failWith : (valid ? 204 : 401);
            deliveries.add(new Delivery(
                    id,
                    timestamp,
                    signature,
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    text,
                    valid,
                    status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The URL to put in the directory. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ppid/webhook";
    }

    /** Answers the next {@code count} deliveries with {@code status}. */
    public void failNext(int count, int status) {
        failWith = status;
        failuresLeft.set(count);
    }

    public List<Delivery> deliveries() {
        return new ArrayList<>(deliveries);
    }

    /** Standard Webhooks: HMAC-SHA256 over "id.timestamp.body" with the base64 key after "whsec_". */
    private boolean verify(String id, String timestamp, String body, String header) {
        if (id == null || timestamp == null || header == null) {
            return false;
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            // The header may carry several space-separated signatures (key rotation); one must match.
            for (String candidate : header.split(" ")) {
                if (candidate.startsWith("v1,")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
