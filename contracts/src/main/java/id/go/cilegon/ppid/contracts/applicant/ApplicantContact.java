package id.go.cilegon.ppid.contracts.applicant;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.EventPayload;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An applicant's contact details: the ONLY payload with personal data, on a compacted, access-restricted topic
 * read by notification-service alone. A tombstone (null value) for the applicant id erases them.
 *
 * @param applicantId       the pseudonymous id used on every other topic, also the Kafka key
 * @param fullName          the name to address the applicant by
 * @param email             e-mail address, if given
 * @param phone             phone number in E.164 form ({@code +62…}), if given
 * @param preferredLanguage language of messages: {@code id} or {@code en}
 * @param updatedAt         when the details were last changed
 */
public record ApplicantContact(
        UUID applicantId, String fullName, String email, String phone, String preferredLanguage, Instant updatedAt)
        implements EventPayload {

    /** Supported message languages. */
    public static final Set<String> LANGUAGES = Set.of("id", "en");

    public ApplicantContact {
        Objects.requireNonNull(applicantId, "applicantId");
        Checks.text(fullName, "fullName", 200);
        Checks.optionalEmail(email, "email");
        Checks.optionalMatching(phone, Checks.PHONE_E164_ID, "phone");
        Objects.requireNonNull(preferredLanguage, "preferredLanguage");
        Checks.check(
                LANGUAGES.contains(preferredLanguage),
                "preferredLanguage must be 'id' or 'en', got '" + preferredLanguage + "'");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public String key() {
        return applicantId.toString();
    }

    /** Personal data stays out of logs. */
    @Override
    public String toString() {
        return "ApplicantContact[applicantId=" + applicantId + ", preferredLanguage=" + preferredLanguage
                + ", updatedAt=" + updatedAt + "]";
    }
}
