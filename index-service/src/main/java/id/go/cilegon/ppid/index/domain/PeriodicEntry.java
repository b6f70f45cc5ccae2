package id.go.cilegon.ppid.index.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of an OPD's register that must be published periodically (informasi berkala, UU 14/2008 Pasal 9),
 * with the editions the OPD reported.
 */
public final class PeriodicEntry {

    /** Upper bound on expected editions per entry, so a corrupt interval cannot loop for long. */
    static final int MAX_EDITIONS = 1200;

    public String title;
    /** Months between editions; null while only publications are known and the register entry is not. */
    public Integer intervalMonths;
    /** Legal date the entry first appeared in the register; the schedule starts here. */
    public LocalDate registeredDate;
    /** Legal date it was withdrawn from the register; no edition is expected after it. */
    public LocalDate withdrawnDate;
    /** Reported editions: due date to the earliest date an edition for it became public. */
    public TreeMap<LocalDate, LocalDate> publications = new TreeMap<>();

    /** One edition that was due: when, and whether it was public by then. */
    public record Edition(LocalDate dueDate, boolean onTime) {}

    /**
     * The editions due up to {@code today}: every reported edition, plus each expected one that was missed. The
     * next edition is expected {@code intervalMonths} after the previous due date (the registration date at
     * first); an expected date that passes before the next reported edition, or before today, is missed.
     */
    public List<Edition> editions(LocalDate today) {
        List<Edition> editions = new ArrayList<>();
        if (intervalMonths == null || intervalMonths < 1 || registeredDate == null) {
            return editions;
        }
        LocalDate previous = registeredDate;
        for (Map.Entry<LocalDate, LocalDate> reported : publications.entrySet()) {
            LocalDate due = reported.getKey();
            missed(previous, due, today, editions);
            editions.add(new Edition(due, !reported.getValue().isAfter(due)));
            if (due.isAfter(previous)) {
                previous = due;
            }
        }
        missed(previous, today, today, editions);
        return editions;
    }

    private void missed(LocalDate previous, LocalDate before, LocalDate today, List<Edition> into) {
        for (int k = 1; k <= MAX_EDITIONS; k++) {
            LocalDate expected = previous.plusMonths((long) k * intervalMonths);
            if (!expected.isBefore(before)
                    || !expected.isBefore(today)
                    || (withdrawnDate != null && expected.isAfter(withdrawnDate))) {
                return;
            }
            into.add(new Edition(expected, false));
        }
    }
}
