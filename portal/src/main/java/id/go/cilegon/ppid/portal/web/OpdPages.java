package id.go.cilegon.ppid.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;

/** One OPD's public page: its openness index, what makes the score, and its months. */
@Path("/opd")
@Produces(MediaType.TEXT_HTML)
public class OpdPages {

    /** An OPD code as the contracts write it, e.g. {@code DLH}, {@code DISKOMINFO}. */
    private static final Pattern OPD_CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,31}$");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance opd(IndexViews.OpdView view, CurrentLanguage lang);
    }

    @Inject
    CurrentLanguage language;

    @Inject
    IndexViews views;

    @GET
    @Path("{code}")
    public RestResponse<TemplateInstance> opd(@PathParam("code") String code) {
        boolean english = language.english();
        if (!OPD_CODE.matcher(code).matches()) {
            return RestResponse.status(
                    RestResponse.Status.BAD_REQUEST,
                    PublicPages.problem(
                            language,
                            english ? "Not an agency code" : "Bukan kode OPD",
                            english
                                    ? "An agency is named by its code in capitals, e.g. DLH."
                                    : "OPD disebut dengan kodenya dalam huruf besar, misalnya DLH."));
        }
        return views.opd(code, language.locale())
                .map(view -> RestResponse.ok(Templates.opd(view, language).setAttribute("locale", language.locale())))
                .orElseGet(
                        () -> RestResponse.status(
                                RestResponse.Status.NOT_FOUND,
                                PublicPages.problem(
                                        language,
                                        english ? "No index for this agency yet" : "Belum ada indeks untuk OPD ini",
                                        english
                                                ? "The index shows an agency once it has received a request or owes periodic information."
                                                : "Indeks menampilkan OPD setelah ada permohonan yang diterimanya atau informasi berkala yang wajib diterbitkannya.")));
    }
}
