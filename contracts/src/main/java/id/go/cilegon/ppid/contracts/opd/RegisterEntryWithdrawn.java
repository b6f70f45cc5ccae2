package id.go.cilegon.ppid.contracts.opd;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.EventPayload;
import java.time.Instant;
import java.util.Objects;

/**
 * An OPD removed an entry from its register of public information.
 *
 * @param opdCode     the OPD, also the Kafka key
 * @param entryId     the entry removed
 * @param reason      why it was removed, if given
 * @param withdrawnAt when it was removed
 */
public record RegisterEntryWithdrawn(String opdCode, String entryId, String reason, Instant withdrawnAt)
        implements EventPayload {

    public RegisterEntryWithdrawn {
        Checks.opdCode(opdCode, "opdCode");
        Checks.text(entryId, "entryId", 100);
        reason = Checks.optionalText(reason, "reason", 2000);
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }

    @Override
    public String key() {
        return opdCode;
    }
}
