package id.go.cilegon.ppid.contracts.opd;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.EventPayload;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An OPD published an edition of a register entry; index-service compares it with when it was due.
 *
 * @param opdCode       the OPD, also the Kafka key
 * @param entryId       the register entry published
 * @param publishedDate the date the edition became public
 * @param dueDate       the date this edition was due
 * @param url           where it can be found, if online
 * @param recordedAt    when the OPD system reported it
 */
public record InformationPublished(
        String opdCode, String entryId, LocalDate publishedDate, LocalDate dueDate, String url, Instant recordedAt)
        implements EventPayload {

    public InformationPublished {
        Checks.opdCode(opdCode, "opdCode");
        Checks.text(entryId, "entryId", 100);
        Objects.requireNonNull(publishedDate, "publishedDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Checks.optionalUrl(url, "url");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    @Override
    public String key() {
        return opdCode;
    }
}
