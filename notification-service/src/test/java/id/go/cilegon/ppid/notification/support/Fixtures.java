package id.go.cilegon.ppid.notification.support;

import static org.awaitility.Awaitility.await;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.applicant.ApplicantContact;
import id.go.cilegon.ppid.contracts.common.AccessMethod;
import id.go.cilegon.ppid.contracts.common.ApplicantKind;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.FilingChannel;
import id.go.cilegon.ppid.contracts.directory.OpdDirectoryEntry;
import id.go.cilegon.ppid.contracts.directory.OpdKind;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RoutingMode;
import id.go.cilegon.ppid.contracts.routing.RoutingNeeded;
import id.go.cilegon.ppid.contracts.routing.RoutingNeededReason;
import id.go.cilegon.ppid.notification.domain.Contact;
import id.go.cilegon.ppid.notification.domain.Notification;
import id.go.cilegon.ppid.notification.domain.OpdDesk;
import id.go.cilegon.ppid.notification.domain.TrackedRequest;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Events from the other services as they would publish them, and reads of this service's state, for tests. */
public final class Fixtures {

    public static final Duration WAIT = Duration.ofSeconds(30);
    public static final String PPID_MAIN_EMAIL = "ppid.utama@cilegon.go.id";
    public static final String SUPERIOR_EMAIL = "atasan.ppid@cilegon.go.id";
    private static final String REQUEST_SOURCE = Services.source(Services.REQUEST_SERVICE);
    private static final String ROUTING_SOURCE = Services.source(Services.ROUTING_SERVICE);

    private Fixtures() {}

    /** A fresh OPD code, so tests never share a directory entry. */
    public static String opdCode() {
        return "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    /** The desk e-mail the tests give an OPD. */
    public static String deskEmail(String opdCode) {
        return "ppid." + opdCode.toLowerCase(Locale.ROOT) + "@cilegon.go.id";
    }

    /** A request of the test, with its applicant. */
    public record TestRequest(UUID id, UUID applicantId, String registrationNumber, String applicantEmail) {}

    public static TestRequest newRequest() {
        UUID applicant = UUID.randomUUID();
        return new TestRequest(
                UUID.randomUUID(),
                applicant,
                String.format("PPID-2026-%06d", ThreadLocalRandom.current().nextInt(1, 1_000_000)),
                "pemohon." + applicant.toString().substring(0, 8) + "@example.org");
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

    public static EventMetadata request(RequestEvent event) {
        return publish(event, REQUEST_SOURCE);
    }

    public static EventMetadata routing(RequestEvent event) {
        return publish(event, ROUTING_SOURCE);
    }

    /** request.submitted for a request received at 09:00 WIB on {@code received}, due on {@code due}. */
    public static RequestSubmitted submitted(TestRequest request, LocalDate received, LocalDate due) {
        return new RequestSubmitted(
                request.id(),
                1,
                request.registrationNumber(),
                request.applicantId(),
                ApplicantKind.PERSON,
                FilingChannel.ONLINE,
                null,
                List.of(AccessMethod.READ, AccessMethod.COPY),
                List.of(CopyDelivery.EMAIL),
                received.atTime(LocalTime.of(9, 0)).atZone(TestClock.WIB).toInstant(),
                received,
                due);
    }

    public static RequestRouted routed(TestRequest request, long sequence, String opdCode) {
        return new RequestRouted(
                request.id(),
                sequence,
                opdCode,
                null,
                RoutingMode.AUTOMATIC,
                0.8,
                List.of("amdal", "lingkung"),
                null,
                0,
                Instant.now());
    }

    public static RoutingNeeded queued(TestRequest request, long sequence) {
        return new RoutingNeeded(
                request.id(), sequence, RoutingNeededReason.NO_MATCH, List.of(), null, 0, Instant.now());
    }

    /** The directory entry of a test OPD: its desk mailbox and, if given, its system's webhook. */
    public static void directory(String opdCode, long version, String webhookUrl) {
        directory(opdCode, version, webhookUrl, WebhookSecretResource.SECRET_REF);
    }

    /** As {@link #directory(String, long, String)}, the webhook signed with the secrets named {@code secretRef}. */
    public static void directory(String opdCode, long version, String webhookUrl, String secretRef) {
        publish(
                new OpdDirectoryEntry(
                        opdCode,
                        "Dinas Uji " + opdCode + " Kota Cilegon",
                        "Dinas Uji " + opdCode,
                        OpdKind.AGENCY_DINAS,
                        "Urusan pemerintahan bidang pengujian",
                        deskEmail(opdCode),
                        "0254 391234",
                        webhookUrl,
                        webhookUrl == null ? null : secretRef,
                        true,
                        version,
                        Instant.now()),
                ROUTING_SOURCE);
        await().atMost(WAIT)
                .until(() -> QuarkusTransaction.requiringNew().call(() -> {
                    OpdDesk desk = OpdDesk.findById(opdCode);
                    return desk != null && desk.version == version;
                }));
    }

    /** The applicant's contact on the restricted topic, as request-service writes it. */
    public static void contact(TestRequest request, String language) {
        publish(
                new ApplicantContact(
                        request.applicantId(),
                        "Siti Rahmawati",
                        request.applicantEmail(),
                        "+6281234567890",
                        language,
                        Instant.now()),
                REQUEST_SOURCE);
        await().atMost(WAIT)
                .until(() ->
                        QuarkusTransaction.requiringNew().call(() -> Contact.findById(request.applicantId()) != null));
    }

    /** The tombstone that erases an applicant's contact. */
    public static void eraseContact(UUID applicantId) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(
                headers,
                EventMetadata.of(
                        EventTypes.APPLICANT_CONTACT_UPDATED, REQUEST_SOURCE, applicantId.toString(), Instant.now()));
        Map<String, String> map = new HashMap<>();
        headers.forEach(h -> map.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        KafkaTestClient.send(Topics.APPLICANT_CONTACTS, applicantId.toString(), null, map);
    }

    /** A directory entry, contact and submitted request, routed to {@code opdCode}; waits until all are applied. */
    public static void submitAndRoute(TestRequest request, LocalDate received, LocalDate due, String opdCode) {
        contact(request, "id");
        request(submitted(request, received, due));
        if (opdCode != null) {
            routing(routed(request, 1, opdCode));
        }
        await().atMost(WAIT).until(() -> {
            TrackedRequest tracked = tracked(request.id());
            return tracked != null
                    && tracked.status == TrackedRequest.Status.OPEN
                    && (opdCode == null || opdCode.equals(tracked.assignedOpdCode));
        });
    }

    public static TrackedRequest tracked(UUID requestId) {
        return QuarkusTransaction.requiringNew().call(() -> TrackedRequest.<TrackedRequest>findById(requestId));
    }

    public static List<Notification> notifications(UUID requestId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Notification.<Notification>list("requestId = ?1 order by createdAt", requestId));
    }

    public static List<Notification> notifications(UUID requestId, String kind) {
        return notifications(requestId).stream()
                .filter(n -> n.kind.equals(kind))
                .toList();
    }

    /** E-mails about the request to {@code address} whose subject passes {@code subject}. */
    public static List<MailServer.Mail> mails(UUID requestId, String address, Predicate<String> subject) {
        return MailServer.about(requestId).stream()
                .filter(m -> m.to().contains(address) && subject.test(m.subject()))
                .toList();
    }

    /** Waits for exactly {@code count} such e-mails to have arrived and returns them. */
    public static List<MailServer.Mail> awaitMails(
            UUID requestId, String address, Predicate<String> subject, int count) {
        await().atMost(WAIT).until(() -> mails(requestId, address, subject).size() >= count);
        return mails(requestId, address, subject);
    }

    /** E-mails that carry a notification of {@code kind} about the request. */
    public static List<MailServer.Mail> mailsOfKind(UUID requestId, String kind) {
        List<String> ids = notifications(requestId, kind).stream()
                .map(n -> n.id.toString())
                .toList();
        return MailServer.about(requestId).stream()
                .filter(m -> ids.contains(m.notificationId()))
                .toList();
    }

    /** Waits until every message about the request left the PENDING state. */
    public static void awaitDelivered(UUID requestId) {
        await().atMost(WAIT)
                .until(() -> notifications(requestId).stream().noneMatch(n -> n.status == Notification.Status.PENDING));
    }

    /** The SLA events of a request of one type, read from the topic (at least {@code count}). */
    public static <T> List<T> slaEvents(UUID requestId, String type, Class<T> payload, int count) {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.consume(
                Topics.SLA_EVENTS,
                r -> requestId.toString().equals(r.key())
                        && type.equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)),
                count,
                WAIT);
        return records.stream()
                .map(r -> EventJson.read(r.value().getBytes(StandardCharsets.UTF_8), payload))
                .toList();
    }
}
