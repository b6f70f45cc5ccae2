package id.go.cilegon.ppid.index.domain;

import id.go.cilegon.ppid.contracts.index.IndexMeasures;
import id.go.cilegon.ppid.contracts.index.Period;
import java.time.LocalDate;

/**
 * The measures of one scope and period as of one day: the contract's {@link IndexMeasures} plus the few numbers
 * the annual report needs beyond them.
 *
 * @param period             the period
 * @param asOf               the legal date "open" and "overdue" were evaluated on
 * @param measures           the contract's measures
 * @param withdrawn          requests withdrawn before an answer
 * @param objectionsRejected objections the Atasan PPID rejected (the PPID's handling stood)
 * @param slaBreaches        requests whose answer deadline passed and was escalated by notification-service
 * @param decisionsCorrected corrected decisions given after an upheld objection (Pasal 36)
 * @param opdCount           OPDs with requests or periodic editions in the period (city-wide; 1 or 0 for an OPD)
 */
public record PeriodMeasures(
        Period period,
        LocalDate asOf,
        IndexMeasures measures,
        long withdrawn,
        long objectionsRejected,
        long slaBreaches,
        long decisionsCorrected,
        int opdCount) {}
