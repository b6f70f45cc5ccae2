package id.go.cilegon.ppid.notification.messaging;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.InvalidEventException;
import id.go.cilegon.ppid.contracts.applicant.ApplicantContact;
import id.go.cilegon.ppid.notification.domain.Contact;
import id.go.cilegon.ppid.notification.service.Redaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Keeps the applicants' contact details from the restricted compacted topic, the only personal data this service
 * holds. A tombstone erases the applicant's row at once (UU 27/2022 Pasal 44); messages not yet sent to them are
 * then not sent. Errors are scrubbed of the values they echo, so no personal data reaches logs or DLQ headers.
 */
@ApplicationScoped
public class ContactHandler {

    private static final Logger LOG = Logger.getLogger(ContactHandler.class);

    @Transactional
    public void apply(ConsumerRecord<String, byte[]> record) {
        UUID applicantId;
        try {
            applicantId = UUID.fromString(record.key());
        } catch (RuntimeException e) {
            throw new InvalidEventException("contact record key must be an applicant id (UUID)");
        }
        if (record.value() == null) {
            if (Contact.deleteById(applicantId)) {
                LOG.infof("Contact details of applicant %s erased", applicantId);
            }
            return;
        }
        ApplicantContact payload;
        try {
            EventMetadata meta = CloudEventHeaders.read(record.headers());
            if (!EventTypes.APPLICANT_CONTACT_UPDATED.equals(meta.type())) {
                throw new EventRejectedException("unexpected event type " + meta.type() + " on the contacts topic");
            }
            payload = EventJson.read(record.value(), ApplicantContact.class);
        } catch (InvalidEventException e) {
            throw new InvalidEventException(Redaction.scrub(e.getMessage(), 1000));
        }
        if (!payload.applicantId().equals(applicantId)) {
            throw new EventRejectedException("Kafka key " + applicantId + " does not match the payload's applicant");
        }
        Contact contact = Contact.findById(applicantId);
        if (contact == null) {
            contact = new Contact();
            contact.applicantId = applicantId;
        } else if (contact.updatedAt != null && contact.updatedAt.isAfter(payload.updatedAt())) {
            return;
        }
        contact.fullName = payload.fullName();
        contact.email = payload.email();
        contact.phone = payload.phone();
        contact.preferredLanguage = payload.preferredLanguage();
        contact.updatedAt = payload.updatedAt();
        contact.persist();
    }
}
