package id.go.cilegon.ppid.routing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.common.AccessMethod;
import id.go.cilegon.ppid.contracts.common.ApplicantKind;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.FilingChannel;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.contracts.request.RequestTexts;
import id.go.cilegon.ppid.routing.domain.RoutingCase;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Events from other services as their producers write them, authenticated calls, and reading what we publish. */
public final class Fixtures {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private Fixtures() {}

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** request-service's {@code request.submitted}; the applicant's words come separately ({@link #texts}). */
    public static RequestSubmitted submitted(UUID requestId) {
        return new RequestSubmitted(
                requestId,
                1,
                String.format("PPID-2026-%06d", ThreadLocalRandom.current().nextInt(1, 1_000_000)),
                UUID.randomUUID(),
                ApplicantKind.PERSON,
                FilingChannel.ONLINE,
                null,
                List.of(AccessMethod.READ, AccessMethod.COPY),
                List.of(CopyDelivery.EMAIL),
                Instant.parse("2026-06-02T03:00:00Z"),
                LocalDate.of(2026, 6, 2),
                LocalDate.of(2026, 6, 16));
    }

    /** request-service's {@code request.texts-recorded}: what the applicant asked for and why. */
    public static RequestTexts texts(UUID requestId, String details, String purpose) {
        return new RequestTexts(requestId, details, purpose, Instant.parse("2026-06-02T03:00:00Z"));
    }

    /** Submits a request as request-service would (its texts, then the request) and returns its id. */
    public static UUID submit(String details, String purpose) {
        UUID id = UUID.randomUUID();
        publish(texts(id, details, purpose), Services.source(Services.REQUEST_SERVICE));
        publish(submitted(id), Services.source(Services.REQUEST_SERVICE));
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
        headers.forEach(h -> map.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        KafkaTestClient.send(topic, key, json, map);
    }

    /** A routing event read back from the topic, with its type. */
    public record Published(String type, RequestEvent payload, ConsumerRecord<String, String> record) {}

    /** Waits for at least {@code count} routing events of the request and returns them in sequence order. */
    public static List<Published> routingEvents(UUID requestId, int count) {
        return KafkaTestClient.consume(
                        Topics.ROUTING_EVENTS, r -> requestId.toString().equals(r.key()), count, WAIT)
                .stream()
                .map(r -> {
                    String type = KafkaTestClient.header(r, CloudEventHeaders.TYPE);
                    RequestEvent payload =
                            (RequestEvent) EventCatalog.read(type, r.value().getBytes(StandardCharsets.UTF_8));
                    return new Published(type, payload, r);
                })
                .sorted(Comparator.comparingLong(p -> p.payload().sequence()))
                .toList();
    }

    /** The routing state of a request, read in a transaction of its own. */
    public static RoutingCase load(UUID requestId) {
        return QuarkusTransaction.requiringNew().call(() -> RoutingCase.<RoutingCase>findById(requestId));
    }

    public static RoutingCase awaitCase(UUID requestId, Predicate<RoutingCase> condition) {
        await().atMost(WAIT).until(() -> {
            RoutingCase c = load(requestId);
            return c != null && condition.test(c);
        });
        return load(requestId);
    }

    /** A made-up word no OPD profile contains, to steer matching in a test without touching other tests. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
