package id.go.cilegon.ppid.portal.index;

import id.go.cilegon.ppid.contracts.index.IndexBand;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** index-service's public REST API, as far as the portal reads it ({@code PPID_INDEX_URL}). */
@RegisterRestClient(configKey = "index")
public interface IndexApi {

    /** The ranking of a period: one row per OPD of the directory, with its name. */
    @GET
    @Path("/index/ranking")
    @Produces(MediaType.APPLICATION_JSON)
    Ranking ranking(@QueryParam("period") String period);

    /** The city's annual report (UU 14/2008 Pasal 12) for the requests received in {@code year}. */
    @GET
    @Path("/reports/annual/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    AnnualReport annualReport(@PathParam("year") int year);

    /** The same report as index-service writes it for download: {@code json} or {@code csv}. */
    @GET
    @Path("/reports/annual/{year}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    String annualReportFile(@PathParam("year") int year, @QueryParam("format") String format);

    /** What the portal takes of the ranking: the OPDs' names and whether they are active. */
    record Ranking(List<Row> rows) {}

    record Row(String opdCode, String opdName, Boolean opdActive) {}

    /** What the report page shows of index-service's annual report (the download has it all). */
    record AnnualReport(
            int year,
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
            long disputes,
            long periodicRequired,
            long periodicPublishedOnTime,
            Double score,
            IndexBand band,
            List<MonthLine> months) {}

    record DecisionLine(String decision, String label, long count) {}

    record RefusalLine(String ground, String citation, String description, long count) {}

    record MonthLine(
            String month, long received, long answered, long answeredOnTime, long open, Double medianWorkingDays) {}
}
