package id.go.cilegon.ppid.index.rest;

import id.go.cilegon.ppid.contracts.directory.OpdDirectoryEntry;
import id.go.cilegon.ppid.index.service.AnnualReport;
import id.go.cilegon.ppid.index.service.Directory;
import id.go.cilegon.ppid.index.service.InteractiveQueries;
import id.go.cilegon.ppid.index.service.NotFoundException;
import id.go.cilegon.ppid.index.service.Views;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The annual report of UU 14/2008 Pasal 12, as JSON or CSV, public: the public body must publish it, and each OPD's
 * share of it is published alike (docs/index-method.md, "Public by design"). Counts only, never a request or an
 * applicant.
 */
@Path("/reports/annual")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class ReportResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    InteractiveQueries queries;

    @Inject
    Directory directory;

    @Inject
    Views views;

    @Inject
    PeerForwarder peers;

    @ConfigProperty(name = "ppid.report.public-body-name", defaultValue = "Pemerintah Kota Cilegon")
    String publicBodyName;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/{year}")
    @PermitAll
    @Operation(summary = "The city's annual report for the requests received in a year (format=json|csv); public")
    public Response city(@PathParam("year") String year, @QueryParam("format") String format) {
        int y = year(year);
        boolean csv = Inputs.csv(format, headers.getHeaderString(HttpHeaders.ACCEPT));
        InteractiveQueries.Location location = queries.city();
        if (!location.isLocal()) {
            return peers.forward(location.remote(), queries.self(), uri, headers);
        }
        return answer(views.annual(y, "CITY", publicBodyName, location.value()), csv);
    }

    @GET
    @Path("/{year}/opds/{opdCode}")
    @PermitAll
    @Operation(summary = "One OPD's annual report for the requests received in a year (format=json|csv); public")
    public Response opd(
            @PathParam("year") String year, @PathParam("opdCode") String opdCode, @QueryParam("format") String format) {
        int y = year(year);
        String code = Inputs.opdCode(opdCode);
        boolean csv = Inputs.csv(format, headers.getHeaderString(HttpHeaders.ACCEPT));
        InteractiveQueries.Location location = queries.opd(code);
        if (!location.isLocal()) {
            return peers.forward(location.remote(), queries.self(), uri, headers);
        }
        OpdDirectoryEntry entry = directory.find(code).orElse(null);
        if (entry == null && location.value() == null) {
            throw new NotFoundException(
                    "opd-not-found",
                    "No OPD " + code + " in the directory and no data for it.",
                    "OPD " + code + " tidak ada di direktori dan belum memiliki data.");
        }
        return answer(views.annual(y, code, entry == null ? code : entry.name(), location.value()), csv);
    }

    private static int year(String text) {
        Integer value;
        try {
            value = Integer.valueOf(text);
        } catch (NumberFormatException e) {
            value = -1;
        }
        return Inputs.year(value, 0);
    }

    private Response answer(AnnualReport report, boolean csv) {
        Response.ResponseBuilder response = csv
                ? Response.ok(Views.csv(report).getBytes(StandardCharsets.UTF_8), CSV)
                        .header(
                                "Content-Disposition",
                                "attachment; filename=\"laporan-layanan-informasi-"
                                        + report.scope().toLowerCase() + "-" + report.year() + ".csv\"")
                : Response.ok(report, MediaType.APPLICATION_JSON);
        return response.build();
    }
}
