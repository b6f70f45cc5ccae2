package id.go.cilegon.ppid.index.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.cilegon.ppid.contracts.directory.OpdDirectoryEntry;
import id.go.cilegon.ppid.contracts.index.Period;
import id.go.cilegon.ppid.contracts.index.PeriodKind;
import id.go.cilegon.ppid.index.service.Directory;
import id.go.cilegon.ppid.index.service.InteractiveQueries;
import id.go.cilegon.ppid.index.service.NotFoundException;
import id.go.cilegon.ppid.index.service.NotReadyException;
import id.go.cilegon.ppid.index.service.RankingView;
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
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.HostInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The openness index over REST, public: the index of the city and of each OPD and the ranking are aggregates without
 * personal data, published so anyone can follow each OPD's service (UU 14/2008 Pasal 9 and 12; docs/index-method.md,
 * "Public by design"). So is {@code /index/ranking/local}, through which the instances gather the ranking.
 */
@Path("/index")
@Produces(MediaType.APPLICATION_JSON)
public class IndexResource {

    @Inject
    InteractiveQueries queries;

    @Inject
    Directory directory;

    @Inject
    Views views;

    @Inject
    PeerForwarder peers;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/city")
    @PermitAll
    @Operation(summary = "The city-wide index for a period (default: the last 90 days); public")
    public Response city(@QueryParam("period") String period) {
        Period p = Inputs.period(period);
        InteractiveQueries.Location location = queries.city();
        if (!location.isLocal()) {
            return peers.forward(location.remote(), queries.self(), uri, headers);
        }
        return ok(views.city(location.value(), p));
    }

    @GET
    @Path("/city/history")
    @PermitAll
    @Operation(summary = "The city-wide index per month of a year, or per year; public")
    public Response cityHistory(@QueryParam("kind") String kind, @QueryParam("year") Integer year) {
        PeriodKind k = Inputs.historyKind(kind);
        int y = Inputs.year(year, views.today().getYear());
        InteractiveQueries.Location location = queries.city();
        if (!location.isLocal()) {
            return peers.forward(location.remote(), queries.self(), uri, headers);
        }
        return ok(views.history(null, null, location.value(), k, y));
    }

    @GET
    @Path("/opds/{opdCode}")
    @PermitAll
    @Operation(summary = "One OPD's index and measures for a period (default: the last 90 days); public")
    public Response opd(@PathParam("opdCode") String opdCode, @QueryParam("period") String period) {
        String code = Inputs.opdCode(opdCode);
        Period p = Inputs.period(period);
        InteractiveQueries.Location location = queries.opd(code);
        if (!location.isLocal()) {
            return peers.forward(location.remote(), queries.self(), uri, headers);
        }
        OpdDirectoryEntry entry = known(code, location);
        return ok(views.opd(code, entry, location.value(), p));
    }

    @GET
    @Path("/opds/{opdCode}/history")
    @PermitAll
    @Operation(summary = "One OPD's index per month of a year, or per year; public")
    public Response opdHistory(
            @PathParam("opdCode") String opdCode, @QueryParam("kind") String kind, @QueryParam("year") Integer year) {
        String code = Inputs.opdCode(opdCode);
        PeriodKind k = Inputs.historyKind(kind);
        int y = Inputs.year(year, views.today().getYear());
        InteractiveQueries.Location location = queries.opd(code);
        if (!location.isLocal()) {
            return peers.forward(location.remote(), queries.self(), uri, headers);
        }
        OpdDirectoryEntry entry = known(code, location);
        return ok(views.history(code, entry, location.value(), k, y));
    }

    @GET
    @Path("/ranking")
    @PermitAll
    @Operation(summary = "OPDs ranked by their index for a period, gathered from every instance; public")
    public RankingView ranking(@QueryParam("period") String period) {
        Period p = Inputs.period(period);
        HostInfo self = queries.self();
        List<RankingView.Row> rows = new ArrayList<>();
        for (HostInfo host : queries.opdHosts()) {
            if (host.equals(self)) {
                rows.addAll(views.rows(queries.localOpdAggregates(), p));
            } else {
                var answer = peers.get(
                        host,
                        "/index/ranking/local?period=" + p.label(),
                        headers.getHeaderString(HttpHeaders.AUTHORIZATION),
                        MediaType.APPLICATION_JSON,
                        self);
                if (answer.statusCode() != 200) {
                    throw NotReadyException.moving();
                }
                try {
                    rows.addAll(json.readValue(answer.body(), new TypeReference<List<RankingView.Row>>() {}));
                } catch (java.io.IOException e) {
                    throw NotReadyException.moving();
                }
            }
        }
        return views.rank(p, rows, directory.all());
    }

    /**
     * Public like the ranking it is part of: the rows are the ranking's, for the OPDs this instance owns, before they
     * are merged and ranked, so they show nothing {@code /index/ranking} does not. The ranking asks the other instances
     * here for callers without a token as for those with one.
     */
    @GET
    @Path("/ranking/local")
    @PermitAll
    @Operation(summary = "The unranked rows of the OPDs whose state this instance owns; public, used between instances")
    public List<RankingView.Row> localRanking(@QueryParam("period") String period) {
        return views.rows(queries.localOpdAggregates(), Inputs.period(period));
    }

    private OpdDirectoryEntry known(String code, InteractiveQueries.Location location) {
        OpdDirectoryEntry entry = directory.find(code).orElse(null);
        if (entry == null && location.value() == null) {
            throw new NotFoundException(
                    "opd-not-found",
                    "No OPD " + code + " in the directory and no data for it.",
                    "OPD " + code + " tidak ada di direktori dan belum memiliki data.");
        }
        return entry;
    }

    private static Response ok(Object body) {
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }
}
