package id.go.cilegon.ppid.contracts.index;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import java.util.Map;

/**
 * The raw numbers behind an index value for one period; also what the annual report (Pasal 12) needs.
 * Request measures describe the cohort of requests RECEIVED in the period (whenever they were answered),
 * so a request belongs to one period and a later step updates that period instead of another one.
 *
 * @param received                requests received in the period
 * @param answered                of those, requests answered (decided) so far
 * @param answeredOnTime          of those, answered on or before their due date
 * @param late                    of those, answered after their due date
 * @param open                    requests still unanswered at the end of the period
 * @param overdue                 of those, past their due date
 * @param medianWorkingDays       median working days from receipt to answer; null when none answered
 * @param p90WorkingDays          90th percentile of working days from receipt to answer; null when none answered
 * @param extensions              of those, requests whose deadline was extended
 * @param decisionsByType         answers per decision type
 * @param refusalsByGround        refused or partially granted answers per Pasal 17 ground cited
 * @param objectionsFiled         objections filed against requests received in the period
 * @param objectionsUpheld        of those, objections decided in the applicant's favour
 * @param disputes                disputes taken to the Komisi Informasi about requests received in the period
 * @param transfers               transfers of these requests between OPDs, counted at the OPD that holds each request now
 * @param periodicRequired        editions of periodic information due in the period
 * @param periodicPublishedOnTime of those, published by their due date
 */
public record IndexMeasures(
        long received,
        long answered,
        long answeredOnTime,
        long late,
        long open,
        long overdue,
        Double medianWorkingDays,
        Double p90WorkingDays,
        long extensions,
        Map<DecisionType, Long> decisionsByType,
        Map<ExemptionGround, Long> refusalsByGround,
        long objectionsFiled,
        long objectionsUpheld,
        long disputes,
        long transfers,
        long periodicRequired,
        long periodicPublishedOnTime) {

    public IndexMeasures {
        Checks.notNegative(received, "received");
        Checks.notNegative(answered, "answered");
        Checks.notNegative(answeredOnTime, "answeredOnTime");
        Checks.notNegative(late, "late");
        Checks.notNegative(open, "open");
        Checks.notNegative(overdue, "overdue");
        Checks.optionalNotNegative(medianWorkingDays, "medianWorkingDays");
        Checks.optionalNotNegative(p90WorkingDays, "p90WorkingDays");
        Checks.notNegative(extensions, "extensions");
        decisionsByType = Checks.counts(decisionsByType, DecisionType.class, "decisionsByType");
        refusalsByGround = Checks.counts(refusalsByGround, ExemptionGround.class, "refusalsByGround");
        Checks.notNegative(objectionsFiled, "objectionsFiled");
        Checks.notNegative(objectionsUpheld, "objectionsUpheld");
        Checks.notNegative(disputes, "disputes");
        Checks.notNegative(transfers, "transfers");
        Checks.notNegative(periodicRequired, "periodicRequired");
        Checks.notNegative(periodicPublishedOnTime, "periodicPublishedOnTime");
    }
}
