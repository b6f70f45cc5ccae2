package id.go.cilegon.ppid.index.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import id.go.cilegon.ppid.contracts.index.IndexBand;
import java.time.LocalDate;
import java.util.List;

/**
 * The yearly report on the information service that UU 14/2008 Pasal 12 requires: number of requests, time taken,
 * how many were granted and refused and why, plus objections and disputes, for the requests received in the year.
 *
 * @param year                   the year of receipt
 * @param scope                  {@code CITY} or an OPD code
 * @param scopeName              the public body or OPD name
 * @param asOf                   the legal date the report was computed on
 * @param yearComplete           whether the year is over (until then the numbers still grow)
 * @param requestsReceived       requests received in the year
 * @param withdrawn              withdrawn before an answer
 * @param answered               answered
 * @param answeredOnTime         answered within the due date (10 working days, 17 when extended)
 * @param answeredLate           answered after it
 * @param open                   not answered yet
 * @param overdue                of those, past the due date
 * @param medianWorkingDays      median working days from receipt to answer
 * @param p90WorkingDays         90th percentile of working days from receipt to answer
 * @param extensions             answers extended by 7 working days (Pasal 22(8))
 * @param granted                granted in full or in part
 * @param refused                refused
 * @param decisions              answers per decision type
 * @param refusalReasons         Pasal 17 grounds cited by refusals and partial grants
 * @param objectionsFiled        objections filed (keberatan, Pasal 35)
 * @param objectionsUpheld       objections upheld by the Atasan PPID
 * @param objectionsRejected     objections rejected
 * @param decisionsCorrected     corrected decisions given after an upheld objection (Pasal 36); each request counts
 *                               in {@code decisions} once, with the decision in force
 * @param disputes               disputes taken to the Komisi Informasi (Pasal 37)
 * @param transfers              hand-backs between OPDs
 * @param periodicRequired       editions of periodic information due in the year
 * @param periodicPublishedOnTime of those, published on time
 * @param score                  the openness index of the year, if there was enough data
 * @param band                   its band
 * @param months                 the same numbers per month of receipt
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnnualReport(
        int year,
        String scope,
        String scopeName,
        LocalDate asOf,
        boolean yearComplete,
        long requestsReceived,
        long withdrawn,
        long answered,
        long answeredOnTime,
        long answeredLate,
        long open,
        long overdue,
        Double medianWorkingDays,
        Double p90WorkingDays,
        long extensions,
        long granted,
        long refused,
        List<DecisionLine> decisions,
        List<RefusalLine> refusalReasons,
        long objectionsFiled,
        long objectionsUpheld,
        long objectionsRejected,
        long decisionsCorrected,
        long disputes,
        long transfers,
        long periodicRequired,
        long periodicPublishedOnTime,
        Double score,
        IndexBand band,
        List<MonthLine> months) {

    /** Answers of one decision type, with the Indonesian label used in notices. */
    public record DecisionLine(DecisionType decision, String label, long count) {}

    /** One Pasal 17 ground and how often it was cited. */
    public record RefusalLine(ExemptionGround ground, String citation, String description, long count) {}

    /** One month of receipt. */
    public record MonthLine(
            String month, long received, long answered, long answeredOnTime, long open, Double medianWorkingDays) {}
}
