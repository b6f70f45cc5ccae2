package id.go.cilegon.ppid.kit.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request body larger than {@code ppid.http.max-body-bytes} (256 KiB: no form or event of the platform comes
 * near it) before it is read, with a 413 problem in both languages. A body sent without its length is bounded by
 * Quarkus' own {@code quarkus.http.limits.max-body-size}.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    @ConfigProperty(name = "ppid.http.max-body-bytes", defaultValue = "262144")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        long length = request.getLength();
        if (length <= maxBytes) {
            return;
        }
        request.abortWith(Response.status(413)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(
                        "payload-too-large",
                        413,
                        "Request body too large",
                        "Isi permintaan terlalu besar",
                        "The request body has " + length + " bytes; at most " + maxBytes
                                + " are accepted. Nothing was changed.",
                        "Isi permintaan berukuran " + length + " bita; paling banyak " + maxBytes
                                + " bita yang diterima. Tidak ada data yang berubah.",
                        "payload-too-large",
                        request.getUriInfo().getRequestUri().getPath()))
                .build());
    }
}
