package id.go.cilegon.ppid.contracts.request;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.common.ProvisionalDates;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The calendar changed (a year was confirmed or corrected) and request-service counted this request's legal dates again:
 * a public body's deadline moves to the new date, an applicant's window is lengthened but never shortened.
 *
 * @param requestId        the request's id, also the Kafka key
 * @param sequence         request-service's per-request event number
 * @param calendarYear     the year whose change caused it
 * @param calendarRevision the revision of that year on {@code ppid.calendar.v1}
 * @param reason           why, for the timeline and the messages, e.g. the decree that was loaded
 * @param changes          the dates that moved; at least one
 * @param onTime           for an answered request whose due date moved: whether the answer now counts as on time;
 *                         null otherwise
 * @param workingDaysTaken for an answered request: the working days from receipt to the answer, counted again; null
 *                         otherwise
 * @param provisional      which of the request's dates are still estimates; null when all are final
 * @param recalculatedAt   when it was counted
 */
public record DeadlinesRecalculated(
        UUID requestId,
        long sequence,
        int calendarYear,
        long calendarRevision,
        String reason,
        List<DateChange> changes,
        Boolean onTime,
        Integer workingDaysTaken,
        ProvisionalDates provisional,
        Instant recalculatedAt)
        implements RequestEvent {

    public DeadlinesRecalculated {
        Objects.requireNonNull(requestId, "requestId");
        Checks.sequence(sequence);
        Checks.check(calendarYear >= 1900 && calendarYear <= 2999, "calendarYear must be a year, got " + calendarYear);
        Checks.check(calendarRevision >= 1, "calendarRevision must be 1 or more, got " + calendarRevision);
        Checks.text(reason, "reason", 2000);
        changes = Checks.list(changes, "changes");
        Checks.check(!changes.isEmpty(), "changes must name at least one moved date");
        if (workingDaysTaken != null) {
            Checks.notNegative(workingDaysTaken, "workingDaysTaken");
        }
        Objects.requireNonNull(recalculatedAt, "recalculatedAt");
    }

    /** The change of date {@code name}, if it moved. */
    public java.util.Optional<DateChange> change(String name) {
        return changes.stream().filter(c -> c.date().equals(name)).findFirst();
    }
}
