package id.go.cilegon.ppid.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP probes for health checks. */
final class Probe {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Probe() {}

    /** GET {@code url}; up when the status is 200 (and the body contains {@code mustContain}, if given). */
    /**
     * The data of one check of a Quarkus health endpoint ({@code /q/health/ready}), in its order; empty when the
     * service does not answer or has no such check.
     */
    static java.util.Map<String, String> checkData(String healthUrl, String check) {
        java.util.Map<String, String> data = new java.util.LinkedHashMap<>();
        try {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(healthUrl))
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            for (com.fasterxml.jackson.databind.JsonNode node :
                    PlatformClient.JSON.readTree(r.body()).path("checks")) {
                if (check.equals(node.path("name").asText())) {
                    node.path("data")
                            .fields()
                            .forEachRemaining(
                                    e -> data.put(e.getKey(), e.getValue().asText()));
                }
            }
        } catch (IOException e) {
            // not answering: nothing to show
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return data;
    }

    static Part.Health http(String url, String mustContain) {
        try {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && (mustContain == null || r.body().contains(mustContain))) {
                return Part.Health.up(url);
            }
            String body = r.body().replaceAll("\\s+", " ");
            return Part.Health.down("GET " + url + " answered " + r.statusCode() + ": "
                    + (body.length() > 300 ? body.substring(0, 300) + "..." : body));
        } catch (IOException e) {
            return Part.Health.down(
                    "GET " + url + ": not answering (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Part.Health.down("interrupted");
        }
    }
}
