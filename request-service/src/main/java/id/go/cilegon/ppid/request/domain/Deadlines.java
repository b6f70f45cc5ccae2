package id.go.cilegon.ppid.request.domain;

import id.go.cilegon.ppid.calendar.Side;
import java.time.LocalDate;

/**
 * The legal dates of a request, counted in working days; implemented on top of the calendar. A deadline of the public
 * body counted on {@link Side#BODY} is its earliest plausible date and the one the request carries; counted on
 * {@link Side#APPLICANT} it is the latest plausible date, from which an applicant's window starts. The two differ only
 * while a year they cross has no loaded decree.
 */
public interface Deadlines {

    /** Pasal 22(7): the date the answer is due for a request received on {@code receivedDate}. */
    LocalDate answerDue(LocalDate receivedDate, Side side);

    /** Pasal 22(8): the due date after the one extension of {@code workingDays} (at most the law's 7). */
    LocalDate extendedDue(LocalDate originalDue, int workingDays, Side side);

    /** Pasal 22(8): the longest extension the law allows, in working days. */
    int maxExtensionWorkingDays();

    /**
     * The last day the answer could lawfully be given; after it, grounds c and g arise.
     *
     * @param extensionDays the working days of the extension given, or null when the request was not extended
     */
    LocalDate unansweredAfter(LocalDate receivedDate, Integer extensionDays, Side side);

    /**
     * The applicant's last day to object if the request is never answered (grounds c and g): the grounds are found on
     * the first working day after the latest plausible end of the answer period, and the window runs from then.
     */
    LocalDate unansweredObjectionDeadline(LocalDate receivedDate, Integer extensionDays);

    /** Pasal 35-36(1): the applicant's last day to object to a ground that arose on {@code groundArose}. */
    LocalDate objectionWindowEnd(LocalDate groundArose);

    /** Pasal 36(2): when the Atasan PPID's decision on an objection filed on {@code filedDate} is due. */
    LocalDate objectionDecisionDue(LocalDate filedDate, Side side);

    /**
     * Pasal 37(2): the applicant's last day to go to the Komisi Informasi if the Atasan PPID does not answer an objection
     * filed on {@code objectionFiled}: the route opens the first working day after the latest plausible end of the
     * Atasan's 30 working days, and the window runs from then.
     */
    LocalDate unansweredDisputeDeadline(LocalDate objectionFiled);

    /** Pasal 37: the applicant's last day to take the matter to the Komisi Informasi. */
    LocalDate disputeWindowEnd(LocalDate objectionAnswered);

    /** Working days d with {@code from < d <= to}: how long a step took (certain days off only). */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
