package id.go.cilegon.ppid.portal.web;

import id.go.cilegon.ppid.portal.index.IndexApi;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The annual report of UU 14/2008 Pasal 12 for the requests received in a year, as index-service computes it: the
 * page, and the same report to download as CSV or JSON (from the portal's own address).
 */
@Path("/laporan")
public class ReportPages {

    /** The first year the platform can have requests of. */
    static final int FIRST_YEAR = 2024;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(
                IndexApi.AnnualReport report, IndexViews.Score score, int year, CurrentLanguage lang);
    }

    @Inject
    CurrentLanguage language;

    @Inject
    @RestClient
    IndexApi index;

    @GET
    public RestResponse<Void> thisYear() {
        return RestResponse.seeOther(
                URI.create("/laporan/" + LocalDate.now(IndexViews.WIB).getYear()));
    }

    @GET
    @Path("{year}")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<TemplateInstance> report(@PathParam("year") String year) {
        int y = yearOf(year);
        if (y < 0) {
            return RestResponse.status(
                    RestResponse.Status.BAD_REQUEST,
                    PublicPages.problem(
                            language,
                            language.english() ? "Unknown year" : "Tahun tidak dikenal",
                            language.english()
                                    ? "A report covers one year, from " + FIRST_YEAR + " to this year."
                                    : "Laporan mencakup satu tahun, dari " + FIRST_YEAR + " sampai tahun ini."));
        }
        Locale locale = language.locale();
        IndexApi.AnnualReport report;
        try {
            report = index.annualReport(y);
        } catch (RuntimeException e) {
            // index-service unreachable or restarting: say so, rather than a stack trace
            return RestResponse.status(
                    RestResponse.Status.SERVICE_UNAVAILABLE,
                    PublicPages.problem(
                            language,
                            language.english()
                                    ? "The report cannot be shown right now"
                                    : "Laporan belum dapat ditampilkan",
                            language.english()
                                    ? "The index service does not answer. Please try again in a minute."
                                    : "Layanan indeks belum menjawab. Silakan coba lagi sebentar lagi."));
        }
        return RestResponse.ok(
                Templates.report(report, IndexViews.Score.of(report.score(), report.band(), locale), y, language)
                        .setAttribute("locale", locale));
    }

    @GET
    @Path("{year}.csv")
    @Produces("text/csv")
    public RestResponse<String> csv(@PathParam("year") String year) {
        return download(year, "csv", "text/csv; charset=UTF-8");
    }

    @GET
    @Path("{year}.json")
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<String> json(@PathParam("year") String year) {
        return download(year, "json", MediaType.APPLICATION_JSON);
    }

    private RestResponse<String> download(String year, String format, String type) {
        int y = yearOf(year);
        if (y < 0) {
            throw new WebApplicationException(400);
        }
        return RestResponse.ResponseBuilder.ok(index.annualReportFile(y, format), type)
                .header("Content-Disposition", "attachment; filename=\"laporan-ppid-cilegon-" + y + "." + format + "\"")
                .build();
    }

    /** The year of the path, or -1 when it is not one a report can cover. */
    private static int yearOf(String year) {
        if (year == null || !year.matches("\\d{4}")) {
            return -1;
        }
        int y = Integer.parseInt(year);
        return y < FIRST_YEAR || y > LocalDate.now(IndexViews.WIB).getYear() ? -1 : y;
    }
}
