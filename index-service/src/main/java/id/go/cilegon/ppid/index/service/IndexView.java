package id.go.cilegon.ppid.index.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.cilegon.ppid.contracts.index.IndexBand;
import id.go.cilegon.ppid.contracts.index.IndexComponent;
import id.go.cilegon.ppid.contracts.index.IndexMeasures;
import id.go.cilegon.ppid.contracts.index.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The index of one OPD or of the city for one period, as the REST API shows it.
 *
 * @param opdCode            the OPD; null for the city
 * @param opdName            its name from the directory, if known
 * @param opdActive          whether requests may be routed to it, if known
 * @param period             the period
 * @param asOf               the legal date open and overdue were evaluated on
 * @param score              0–100; null when there is not enough data
 * @param band               the Komisi Informasi band
 * @param bandName           the band as the Komisi Informasi writes it, e.g. {@code Menuju Informatif}
 * @param enoughData         whether a score could be given
 * @param minimumRequests    the minimum number of requests for a score
 * @param components         the formula's components
 * @param measures           the numbers behind the score
 * @param withdrawn          requests withdrawn before an answer
 * @param objectionsRejected objections the Atasan PPID rejected
 * @param slaBreaches        requests whose answer deadline passed and was escalated
 * @param opdCount           city only: OPDs the numbers cover
 * @param computedAt         when this view was computed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndexView(
        String opdCode,
        String opdName,
        Boolean opdActive,
        Period period,
        LocalDate asOf,
        Double score,
        IndexBand band,
        String bandName,
        boolean enoughData,
        long minimumRequests,
        List<IndexComponent> components,
        IndexMeasures measures,
        long withdrawn,
        long objectionsRejected,
        long slaBreaches,
        Integer opdCount,
        Instant computedAt) {}
