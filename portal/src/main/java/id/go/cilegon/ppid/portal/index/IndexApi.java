package id.go.cilegon.ppid.portal.index;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** index-service's public REST API, as far as the portal reads it ({@code PPID_INDEX_URL}). */
@RegisterRestClient(configKey = "index")
@Path("/index")
public interface IndexApi {

    /** The ranking of a period: one row per OPD of the directory, with its name. */
    @GET
    @Path("/ranking")
    Ranking ranking(@QueryParam("period") String period);

    /** What the portal takes of the ranking: the OPDs' names and whether they are active. */
    record Ranking(List<Row> rows) {}

    record Row(String opdCode, String opdName, Boolean opdActive) {}
}
