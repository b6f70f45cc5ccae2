package id.go.cilegon.ppid.contracts.directory;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.EventPayload;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The current directory entry of one OPD (compacted topic; a tombstone removes the OPD).
 *
 * @param opdCode          the OPD's code, also the Kafka key
 * @param name             full official name
 * @param shortName        usual short name, e.g. {@code Diskominfo}
 * @param kind             kind of OPD
 * @param duties           tugas pokok dan fungsi in Bahasa Indonesia; used to route requests
 * @param deskEmail        the PPID desk's official address, not a person's
 * @param deskPhone        the PPID desk's official phone number
 * @param webhookUrl       where the OPD system receives signed webhooks, if integrated
 * @param webhookSecretRef the NAME of the secret holding the webhook signing key, never the key itself
 * @param active           whether requests may be routed to this OPD
 * @param version          version of this entry, increasing with every change
 * @param updatedAt        when this version was made
 */
public record OpdDirectoryEntry(
        String opdCode,
        String name,
        String shortName,
        OpdKind kind,
        String duties,
        String deskEmail,
        String deskPhone,
        String webhookUrl,
        String webhookSecretRef,
        boolean active,
        long version,
        Instant updatedAt)
        implements EventPayload {

    /** Secret names: letters, digits, dots, hyphens, underscores and slashes (e.g. {@code ppid-webhooks/dinkes}). */
    public static final Pattern SECRET_REF = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._/-]{0,252}$");
    /** Official phone numbers: digits with an optional leading plus, spaces and hyphens allowed. */
    public static final Pattern DESK_PHONE = Pattern.compile("^\\+?[0-9][0-9 -]{4,19}$");

    public OpdDirectoryEntry {
        Checks.opdCode(opdCode, "opdCode");
        Checks.text(name, "name", 300);
        Checks.text(shortName, "shortName", 100);
        Objects.requireNonNull(kind, "kind");
        Checks.text(duties, "duties", 8000);
        Checks.optionalEmail(deskEmail, "deskEmail");
        Checks.optionalMatching(deskPhone, DESK_PHONE, "deskPhone");
        Checks.optionalUrl(webhookUrl, "webhookUrl");
        Checks.optionalMatching(webhookSecretRef, SECRET_REF, "webhookSecretRef");
        Checks.check(
                webhookUrl == null || webhookSecretRef != null,
                "webhookSecretRef is required when webhookUrl is set: webhooks are always signed");
        Checks.check(version >= 1, "version must be 1 or more, got " + version);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public String key() {
        return opdCode;
    }
}
