package id.go.cilegon.ppid.notification.delivery;

import id.go.cilegon.ppid.notification.config.NotificationConfig;
import id.go.cilegon.ppid.notification.domain.Contact;
import id.go.cilegon.ppid.notification.domain.Notification;
import id.go.cilegon.ppid.notification.domain.OpdDesk;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Sends a message by e-mail over SMTP. The address is looked up now, not when the message was written: an
 * applicant whose contact was erased gets nothing, and a desk whose address changed gets it at the new one.
 */
@ApplicationScoped
public class EmailSender {

    @Inject
    Mailer mailer;

    @Inject
    Renderer renderer;

    @Inject
    NotificationConfig config;

    public void send(Notification message) throws DeliveryException {
        String to;
        String language = "id";
        String name;
        switch (message.recipient) {
            case APPLICANT -> {
                Contact contact = Contact.findById(UUID.fromString(message.recipientRef));
                if (contact == null) {
                    throw new UndeliverableException(
                            "no contact details on record for the applicant (never " + "received or erased)");
                }
                if (contact.email == null) {
                    throw new UndeliverableException("the applicant gave no e-mail address");
                }
                to = contact.email;
                language = contact.preferredLanguage;
                name = contact.fullName;
            }
            case OPD_DESK -> {
                OpdDesk desk = OpdDesk.findById(message.recipientRef);
                if (desk == null || desk.deskEmail == null) {
                    throw new UndeliverableException("no desk e-mail in the directory for OPD " + message.recipientRef);
                }
                to = desk.deskEmail;
                name = "PPID Pelaksana " + desk.shortName;
            }
            case PPID_MAIN -> {
                to = config.ppidMainEmail()
                        .orElseThrow(() -> new UndeliverableException("ppid.notification.ppid-main-email is not set"));
                name = "PPID Utama";
            }
            case PPID_SUPERIOR -> {
                to = config.ppidSuperiorEmail()
                        .orElseThrow(
                                () -> new UndeliverableException("ppid.notification.ppid-superior-email is not set"));
                name = "Atasan PPID";
            }
            default -> throw new UndeliverableException("recipient " + message.recipient + " has no e-mail");
        }
        Renderer.Rendered rendered = renderer.render(message, language, name);
        Mail mail = Mail.withText(to, rendered.subject(), rendered.text());
        // Lets a desk's mail system thread and deduplicate the messages of one request.
        mail.addHeader("X-PPID-Request-Id", message.requestId.toString());
        mail.addHeader("X-PPID-Notification-Id", message.id.toString());
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            throw new DeliveryException(
                    "SMTP: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }
}
