package id.go.cilegon.ppid.request;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RoutingMode;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Realistic form data, authenticated calls and events from other services, for request-service tests. */
public final class Fixtures {

    private static final AtomicInteger NIK_SERIAL = new AtomicInteger(1);

    private Fixtures() {}

    /** A valid NIK of a Cilegon resident (36 72 = Banten, Kota Cilegon), different on every call. */
    public static String nik() {
        return String.format("367201%s%04d", "150890", NIK_SERIAL.getAndIncrement() % 10000 + 1);
    }

    /** A citizen's request as the form of PerKI 1/2021 asks for it. */
    public static Map<String, Object> form(String nik) {
        Map<String, Object> applicant = new HashMap<>();
        applicant.put("kind", "PERSON");
        applicant.put("fullName", "Siti Rahmawati");
        applicant.put("nik", nik);
        applicant.put("address", "Jl. Jend. Sudirman No. 12, Kel. Ramanuju, Kec. Purwakarta, Kota Cilegon");
        applicant.put("phone", "0812-3456-7890");
        Map<String, Object> form = new HashMap<>();
        form.put("applicant", applicant);
        form.put(
                "informationDetails",
                "Salinan dokumen AMDAL dan izin lingkungan PT Krakatau Chandra Energi "
                        + "di Kecamatan Ciwandan tahun 2024");
        form.put("purpose", "Kajian dampak lingkungan untuk skripsi");
        form.put("accessMethods", List.of("READ", "COPY"));
        form.put("copyDeliveries", List.of("EMAIL"));
        return form;
    }

    public static Map<String, Object> form() {
        return form(nik());
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> applicantOf(Map<String, Object> form) {
        return (Map<String, Object>) form.get("applicant");
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Submits as {@code token} and returns the new request's id. */
    public static UUID submit(String token, Map<String, Object> form) {
        String id = as(token)
                .body(form)
                .post("/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    /** The request as stored now, read in a transaction of its own. */
    public static InformationRequest load(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> InformationRequest.<InformationRequest>findById(id));
    }

    /** Submits as {@code token} and waits until a routing event on Kafka has assigned the request to {@code opdCode}. */
    public static UUID submitAssigned(String token, String opdCode) {
        UUID id = submit(token, form());
        route(id, opdCode);
        await().atMost(Duration.ofSeconds(30)).until(() -> opdCode.equals(load(id).assignedOpdCode()));
        return id;
    }

    /** Publishes an event as its producer would: CloudEvents headers, the aggregate as key. */
    public static EventMetadata publish(EventPayload payload, String source) {
        var definition = EventCatalog.forPayload(payload.getClass());
        EventMetadata meta = EventMetadata.of(definition.type(), source, payload.key(), Instant.now());
        publish(definition.topic(), payload.key(), EventJson.writeString(payload), meta);
        return meta;
    }

    /** Publishes a record with the given envelope; the same metadata twice is a redelivery. */
    public static void publish(String topic, String key, String json, EventMetadata meta) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(headers, meta);
        Map<String, String> map = new HashMap<>();
        headers.forEach(h -> map.put(h.key(), new String(h.value(), java.nio.charset.StandardCharsets.UTF_8)));
        KafkaTestClient.send(topic, key, json, map);
    }

    private static final AtomicInteger ROUTING_SEQUENCE = new AtomicInteger(1);

    /** routing-service's event that assigns {@code requestId} to {@code opdCode}. */
    public static EventMetadata route(UUID requestId, String opdCode) {
        return publish(
                new RequestRouted(
                        requestId,
                        ROUTING_SEQUENCE.getAndIncrement(),
                        opdCode,
                        null,
                        RoutingMode.AUTOMATIC,
                        12.5,
                        List.of("amdal", "lingkung"),
                        null,
                        0,
                        Instant.now()),
                Services.source(Services.ROUTING_SERVICE));
    }

    public static String requestTopic() {
        return Topics.REQUEST_EVENTS;
    }
}
