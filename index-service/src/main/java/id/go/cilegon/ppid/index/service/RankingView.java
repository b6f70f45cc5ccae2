package id.go.cilegon.ppid.index.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.cilegon.ppid.contracts.index.IndexBand;
import id.go.cilegon.ppid.contracts.index.Period;
import java.time.LocalDate;
import java.util.List;

/**
 * OPDs ordered by their index for one period: highest score first, OPDs without enough data last (by name).
 *
 * @param period the period
 * @param asOf   the legal date the numbers were evaluated on
 * @param rows   one row per OPD
 */
public record RankingView(Period period, LocalDate asOf, List<Row> rows) {

    /**
     * One OPD's place.
     *
     * @param rank       1 for the best score; null without a score
     * @param opdCode    the OPD
     * @param opdName    its name, if known
     * @param opdActive  whether it is active in the directory, if known
     * @param score      its score, or null
     * @param band       its band, or null
     * @param bandName   the band's display name, or null
     * @param enoughData whether it has a score
     * @param received   requests received in the period
     * @param answered   of those, answered
     * @param overdue    of those, open past their due date
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(
            Integer rank,
            String opdCode,
            String opdName,
            Boolean opdActive,
            Double score,
            IndexBand band,
            String bandName,
            boolean enoughData,
            long received,
            long answered,
            long overdue) {}
}
