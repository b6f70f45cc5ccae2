package id.go.cilegon.ppid.contracts;

import java.util.Map;

/**
 * The CloudEvents {@code ce_type} of every event, {@code id.go.cilegon.ppid.<aggregate>.<event>.v<N>}.
 *
 * <p>Constants are named {@code <AGGREGATE>_<EVENT>}. A breaking change to a payload is a new type ending in
 * {@code .v2}, published beside the old one until every consumer has moved.
 */
public final class EventTypes {

    private static final String PREFIX = "id.go.cilegon.ppid.";

    /**
     * A request was registered and given its registration number and legal due date. Version 2 carries none of the
     * applicant's words (they are {@link #REQUEST_TEXTS_RECORDED}).
     */
    public static final String REQUEST_SUBMITTED = PREFIX + "request.submitted.v2";
    /** The answer deadline was extended once by 7 working days (Pasal 22(8)). */
    public static final String REQUEST_EXTENDED = PREFIX + "request.extended.v1";
    /** The written notice answering the request was issued (Pasal 22(7)). */
    public static final String REQUEST_DECIDED = PREFIX + "request.decided.v1";
    /** The applicant withdrew the request. */
    public static final String REQUEST_WITHDRAWN = PREFIX + "request.withdrawn.v2";
    /** The applicant filed an objection (keberatan) with the Atasan PPID (Pasal 35). */
    public static final String REQUEST_OBJECTION_FILED = PREFIX + "request.objection-filed.v2";
    /** The Atasan PPID decided the objection (Pasal 36). */
    public static final String REQUEST_OBJECTION_DECIDED = PREFIX + "request.objection-decided.v1";
    /** The applicant took the matter to the Komisi Informasi (sengketa, Pasal 37). */
    public static final String REQUEST_DISPUTE_FILED = PREFIX + "request.dispute-filed.v1";
    /** The calendar changed and the request's legal dates were counted again. */
    public static final String REQUEST_DEADLINES_RECALCULATED = PREFIX + "request.deadlines-recalculated.v1";
    /** The applicant received a written notice; the window that counts from it was set from that day. */
    public static final String REQUEST_NOTICE_RECEIVED = PREFIX + "request.notice-received.v1";

    /** What the applicant asked for and why, in their own words (restricted topic; a tombstone erases it). */
    public static final String REQUEST_TEXTS_RECORDED = PREFIX + "request.texts-recorded.v1";

    /** The request was assigned to an OPD. */
    public static final String ROUTING_ROUTED = PREFIX + "routing.routed.v1";
    /** The request waits in the PPID Utama's queue for a manual routing decision. */
    public static final String ROUTING_ROUTING_NEEDED = PREFIX + "routing.routing-needed.v1";
    /** The assigned OPD said the information is not theirs and handed the request back. */
    public static final String ROUTING_TRANSFERRED = PREFIX + "routing.transferred.v1";

    /** A legal deadline is near. */
    public static final String SLA_WARNING = PREFIX + "sla.warning.v1";
    /** A legal deadline has passed; the matter was escalated. */
    public static final String SLA_BREACHED = PREFIX + "sla.breached.v1";
    /** A message could not be delivered after all retries. */
    public static final String NOTIFICATION_FAILED = PREFIX + "notification.failed.v1";
    /** The applicant's e-mail carrying a written notice (decision, objection answer) was delivered. */
    public static final String NOTIFICATION_NOTICE_DELIVERED = PREFIX + "notification.notice-delivered.v1";

    /** An OPD system submitted its decision on a request assigned to it. */
    public static final String OPD_DECISION_SUBMITTED = PREFIX + "opd.decision-submitted.v1";
    /** An OPD added or changed an entry of its register of public information (DIP). */
    public static final String OPD_REGISTER_ENTRY_PUBLISHED = PREFIX + "opd.register-entry-published.v1";
    /** An OPD removed an entry from its register of public information. */
    public static final String OPD_REGISTER_ENTRY_WITHDRAWN = PREFIX + "opd.register-entry-withdrawn.v1";
    /** An OPD published an edition of a register entry (proactive publication of periodic information). */
    public static final String OPD_INFORMATION_PUBLISHED = PREFIX + "opd.information-published.v1";

    /** The directory entry of an OPD was created or changed. */
    public static final String DIRECTORY_OPD_UPDATED = PREFIX + "directory.opd-updated.v1";

    /** An applicant's contact details were created or changed (restricted topic). */
    public static final String APPLICANT_CONTACT_UPDATED = PREFIX + "applicant.contact-updated.v1";

    /** The openness index of one OPD for one period was recomputed. */
    public static final String INDEX_OPD_UPDATED = PREFIX + "index.opd-updated.v1";
    /** The city-wide openness index for one period was recomputed. */
    public static final String INDEX_CITY_UPDATED = PREFIX + "index.city-updated.v1";

    /** A year of the working-day calendar was published: seeded from the bundle, uploaded, confirmed or corrected. */
    public static final String CALENDAR_YEAR_PUBLISHED = PREFIX + "calendar.year-published.v1";

    /**
     * Types no producer writes any more, each with the type that replaced it. Their records stay on the topics (a
     * replay reads them), so consumers read them as their successor: the successor's record ignores the fields that
     * were dropped. Version 1 of these three carried the applicant's words, which now stay off the shared topics.
     */
    public static final Map<String, String> SUPERSEDED = Map.of(
            PREFIX + "request.submitted.v1", REQUEST_SUBMITTED,
            PREFIX + "request.withdrawn.v1", REQUEST_WITHDRAWN,
            PREFIX + "request.objection-filed.v1", REQUEST_OBJECTION_FILED);

    private EventTypes() {}
}
