package id.go.cilegon.ppid.contracts.request;

import id.go.cilegon.ppid.contracts.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One legal date of a request that a recalculation moved.
 *
 * @param date     the date's name, as the request's events call it: {@code dueDate}, {@code previousDueDate} (the
 *                 due date before the extension), {@code unansweredObjectionDeadline}, {@code objectionDeadline},
 *                 {@code decisionDueDate} (the Atasan PPID's) or {@code disputeDeadline}
 * @param previous the date before
 * @param current  the date now
 */
public record DateChange(String date, LocalDate previous, LocalDate current) {

    /** A date field's name. */
    public static final Pattern NAME = Pattern.compile("^[a-z][A-Za-z]{1,63}$");

    public DateChange {
        Checks.matching(date, NAME, "date");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        Checks.check(!previous.equals(current), "a change moves the date: previous and current are both " + current);
    }
}
