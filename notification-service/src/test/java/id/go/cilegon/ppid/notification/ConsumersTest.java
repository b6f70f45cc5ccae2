package id.go.cilegon.ppid.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.request.RequestWithdrawn;
import id.go.cilegon.ppid.notification.domain.Contact;
import id.go.cilegon.ppid.notification.domain.Notification;
import id.go.cilegon.ppid.notification.domain.OpdDesk;
import id.go.cilegon.ppid.notification.support.Fixtures;
import id.go.cilegon.ppid.notification.support.Fixtures.TestRequest;
import id.go.cilegon.ppid.notification.support.MailServer;
import id.go.cilegon.ppid.notification.support.TestClock;
import id.go.cilegon.ppid.notification.support.WebhookSecretResource;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The four consumers on the real broker: malformed or inapplicable records are parked with the reason and the
 * consumers move on, a contact tombstone erases the applicant's data, the directory keeps its newest version, and
 * a routing event read before request.submitted is still announced.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(WebhookSecretResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class ConsumersTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 10, 1);
    static final LocalDate DUE = LocalDate.of(2026, 10, 15);
    private static final String SERVICE = Services.NOTIFICATION_SERVICE;

    @Inject
    TestClock clock;

    private static ConsumerRecord<String, String> parked(String topic, String eventId) {
        return KafkaTestClient.consumeFirst(
                Topics.deadLetter(topic, SERVICE),
                r -> eventId.equals(KafkaTestClient.header(r, CloudEventHeaders.ID)),
                Fixtures.WAIT);
    }

    @Test
    void malformedOrInapplicableRecordsAreParkedAndTheConsumersMoveOn() {
        clock.officeHours(RECEIVED);
        // No CloudEvents headers at all.
        String noHeadersKey = UUID.randomUUID().toString();
        KafkaTestClient.send(Topics.REQUEST_EVENTS, noHeadersKey, "{}");
        // Valid envelope, not JSON.
        EventMetadata garbage = EventMetadata.of(
                EventTypes.REQUEST_SUBMITTED, Services.source(Services.REQUEST_SERVICE), noHeadersKey, Instant.now());
        Fixtures.publish(Topics.REQUEST_EVENTS, noHeadersKey, "{not json", garbage);
        // A decision for a request this service never saw submitted.
        UUID unknown = UUID.randomUUID();
        EventMetadata orphan = Fixtures.request(new RequestWithdrawn(unknown, 2, Instant.now()));
        // A contact whose e-mail is invalid: parked, and the reason must not repeat the personal data.
        UUID applicant = UUID.randomUUID();
        EventMetadata badContact = EventMetadata.of(
                EventTypes.APPLICANT_CONTACT_UPDATED,
                Services.source(Services.REQUEST_SERVICE),
                applicant.toString(),
                Instant.now());
        Fixtures.publish(
                Topics.APPLICANT_CONTACTS,
                applicant.toString(),
                "{\"applicantId\":\"" + applicant
                        + "\",\"fullName\":\"Budi Santoso\",\"email\":\"budi at example\",\"preferredLanguage\":\"id\","
                        + "\"updatedAt\":\"2026-10-01T02:00:00Z\"}",
                badContact);
        // A directory entry under another OPD's key.
        EventMetadata wrongKey = EventMetadata.of(
                EventTypes.DIRECTORY_OPD_UPDATED, Services.source(Services.ROUTING_SERVICE), "DLH", Instant.now());
        Fixtures.publish(
                Topics.DIRECTORY,
                "DLH",
                "{\"opdCode\":\"DPUPR\",\"name\":\"Dinas PUPR\",\"shortName\":\"DPUPR\","
                        + "\"kind\":\"AGENCY_DINAS\",\"duties\":\"Pekerjaan umum\",\"active\":true,\"version\":1,"
                        + "\"updatedAt\":\"2026-10-01T02:00:00Z\"}",
                wrongKey);

        ConsumerRecord<String, String> noHeaders = KafkaTestClient.consumeFirst(
                Topics.deadLetter(Topics.REQUEST_EVENTS, SERVICE),
                r -> noHeadersKey.equals(r.key()) && "{}".equals(r.value()),
                Fixtures.WAIT);
        assertEquals(
                CloudEventHeaders.DLQ_REASON_INVALID_EVENT,
                KafkaTestClient.header(noHeaders, CloudEventHeaders.DLQ_REASON));
        assertEquals(SERVICE, KafkaTestClient.header(noHeaders, CloudEventHeaders.DLQ_CONSUMER));
        ConsumerRecord<String, String> notJson = parked(Topics.REQUEST_EVENTS, garbage.id());
        assertEquals(
                CloudEventHeaders.DLQ_REASON_INVALID_EVENT,
                KafkaTestClient.header(notJson, CloudEventHeaders.DLQ_REASON));
        assertEquals("{not json", notJson.value());
        ConsumerRecord<String, String> early = parked(Topics.REQUEST_EVENTS, orphan.id());
        assertEquals(
                CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED,
                KafkaTestClient.header(early, CloudEventHeaders.DLQ_REASON));
        assertTrue(
                KafkaTestClient.header(early, CloudEventHeaders.DLQ_EXCEPTION).contains("before request.submitted"));
        ConsumerRecord<String, String> contact = parked(Topics.APPLICANT_CONTACTS, badContact.id());
        String reason = KafkaTestClient.header(contact, CloudEventHeaders.DLQ_EXCEPTION);
        assertTrue(reason.contains("email"), reason);
        assertFalse(reason.contains("budi at example"), reason);
        assertNull(QuarkusTransaction.requiringNew().call(() -> Contact.findById(applicant)));
        assertEquals(
                CloudEventHeaders.DLQ_REASON_PROCESSING_FAILED,
                KafkaTestClient.header(parked(Topics.DIRECTORY, wrongKey.id()), CloudEventHeaders.DLQ_REASON));

        // Every consumer still works.
        String opd = Fixtures.opdCode();
        Fixtures.directory(opd, 1, null);
        TestRequest after = Fixtures.newRequest();
        Fixtures.submitAndRoute(after, RECEIVED, DUE, opd);
    }

    @Test
    void aContactTombstoneErasesTheApplicantAndLaterMessagesAreNotSent() {
        clock.officeHours(RECEIVED);
        TestRequest request = Fixtures.newRequest();
        Fixtures.submitAndRoute(request, RECEIVED, DUE, null);
        Fixtures.awaitMails(request.id(), request.applicantEmail(), s -> s.contains("telah kami terima"), 1);

        Fixtures.eraseContact(request.applicantId());
        await().atMost(Fixtures.WAIT)
                .until(() ->
                        QuarkusTransaction.requiringNew().call(() -> Contact.findById(request.applicantId())) == null);
        Long rows = QuarkusTransaction.requiringNew().call(() -> Contact.count("applicantId", request.applicantId()));
        assertEquals(0L, rows);

        Fixtures.request(new RequestWithdrawn(request.id(), 2, Instant.now()));
        await().atMost(Fixtures.WAIT)
                .until(() -> Fixtures.notifications(request.id(), "request-withdrawn").stream()
                        .anyMatch(n -> n.status == Notification.Status.SKIPPED));
        Notification skipped =
                Fixtures.notifications(request.id(), "request-withdrawn").get(0);
        assertTrue(skipped.lastError.contains("erased"), skipped.lastError);
        assertEquals(0, Fixtures.mailsOfKind(request.id(), "request-withdrawn").size());
    }

    @Test
    void theDirectoryKeepsTheNewestVersionAndATombstoneRemovesTheOpd() {
        String opd = Fixtures.opdCode();
        Fixtures.directory(opd, 2, null);
        // An older version read later (e.g. after a re-partition) does not win.
        Fixtures.publish(
                new id.go.cilegon.ppid.contracts.directory.OpdDirectoryEntry(
                        opd,
                        "Nama Lama",
                        "Lama",
                        id.go.cilegon.ppid.contracts.directory.OpdKind.AGENCY_DINAS,
                        "Urusan lama",
                        "lama@cilegon.go.id",
                        null,
                        null,
                        null,
                        true,
                        1,
                        Instant.now()),
                Services.source(Services.ROUTING_SERVICE));
        Fixtures.directory(opd, 3, null);
        OpdDesk desk = QuarkusTransaction.requiringNew().call(() -> OpdDesk.<OpdDesk>findById(opd));
        assertEquals(Fixtures.deskEmail(opd), desk.deskEmail);

        KafkaTestClient.send(Topics.DIRECTORY, opd, null, Map.of());
        await().atMost(Fixtures.WAIT)
                .until(() -> QuarkusTransaction.requiringNew().call(() -> OpdDesk.findById(opd)) == null);
    }

    @Test
    void aRoutingEventReadBeforeTheSubmissionIsAnnouncedOnce() {
        clock.officeHours(RECEIVED);
        String opd = Fixtures.opdCode();
        Fixtures.directory(opd, 1, null);
        TestRequest request = Fixtures.newRequest();
        Fixtures.contact(request, "id");
        Fixtures.routing(Fixtures.routed(request, 1, opd));
        await().atMost(Fixtures.WAIT)
                .until(() -> Fixtures.tracked(request.id()) != null
                        && opd.equals(Fixtures.tracked(request.id()).assignedOpdCode));
        assertEquals(0, Fixtures.notifications(request.id()).size());

        Fixtures.request(Fixtures.submitted(request, RECEIVED, DUE));
        Fixtures.awaitMails(request.id(), Fixtures.deskEmail(opd), s -> s.contains("Permohonan baru"), 1);
        Fixtures.awaitDelivered(request.id());
        assertEquals(1, Fixtures.notifications(request.id(), "request-assigned").size());
        assertEquals(1, Fixtures.notifications(request.id(), "request-routed").size());
    }
}
