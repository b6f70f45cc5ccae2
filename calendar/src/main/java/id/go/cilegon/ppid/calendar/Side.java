package id.go.cilegon.ppid.calendar;

/**
 * Whose period a count measures. It matters only in a provisional year (no decree loaded), where some days off are
 * certain and others are candidates: the platform estimates in the direction that never harms the applicant.
 */
public enum Side {
    /**
     * A deadline the public body must meet (the answer, its extension, the Atasan PPID's decision): only certain days
     * off are skipped, so the date is the earliest plausible one.
     */
    BODY,
    /**
     * A window the applicant has (objection, dispute): every candidate day off is skipped too, so the date is the
     * latest plausible one.
     */
    APPLICANT
}
