package id.go.cilegon.ppid.request.domain;

import java.time.LocalDate;

/** The legal dates of a request, counted in working days; implemented on top of the calendar. */
public interface Deadlines {

    /** Pasal 22(7): the date the answer is due for a request received on {@code receivedDate}. */
    LocalDate answerDue(LocalDate receivedDate);

    /** Pasal 22(8): the due date after the one extension. */
    LocalDate extendedDue(LocalDate originalDue);

    /** The last day the answer could lawfully be given; after it, grounds c and g arise. */
    LocalDate unansweredAfter(LocalDate originalDue, LocalDate currentDue);

    /** Pasal 35-36(1): the last day to object to a ground that arose on {@code groundArose}. */
    LocalDate objectionWindowEnd(LocalDate groundArose);

    /** Pasal 36(2): when the Atasan PPID's decision on an objection filed on {@code filedDate} is due. */
    LocalDate objectionDecisionDue(LocalDate filedDate);

    /** Pasal 37: the last day to take the matter to the Komisi Informasi. */
    LocalDate disputeWindowEnd(LocalDate objectionAnswered);

    /** Working days d with {@code from < d <= to}: how long a step took. */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
