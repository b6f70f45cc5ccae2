package id.go.cilegon.ppid.notification.messaging;

import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.InvalidEventException;
import id.go.cilegon.ppid.contracts.applicant.ApplicantContact;
import id.go.cilegon.ppid.kit.messaging.ConsumedEvent;
import id.go.cilegon.ppid.kit.messaging.EventHandler;
import id.go.cilegon.ppid.kit.messaging.EventRejectedException;
import id.go.cilegon.ppid.notification.domain.Contact;
import id.go.cilegon.ppid.notification.service.Redaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps the applicants' contact details from the restricted compacted topic, the only personal data this service
 * holds. A tombstone erases the applicant's row at once (UU 27/2022 Pasal 44); messages not yet sent to them are
 * then not sent. Errors are scrubbed of the values they echo, so no personal data reaches logs or DLQ headers.
 */
@ApplicationScoped
public class ContactHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(ContactHandler.class);

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.APPLICANT_CONTACT_UPDATED);
    }

    @Override
    public boolean acceptsTombstones() {
        return true;
    }

    @Override
    public void apply(ConsumedEvent event) {
        UUID applicantId;
        try {
            applicantId = UUID.fromString(event.key());
        } catch (RuntimeException e) {
            throw new InvalidEventException("contact record key must be an applicant id (UUID)");
        }
        if (event.isTombstone()) {
            if (Contact.deleteById(applicantId)) {
                LOG.infof("Contact details of applicant %s erased", applicantId);
            }
            return;
        }
        ApplicantContact payload;
        try {
            payload = event.payload(ApplicantContact.class);
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
