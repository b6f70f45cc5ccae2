package id.go.cilegon.ppid.request.rest;

import id.go.cilegon.ppid.request.security.CurrentActor;
import id.go.cilegon.ppid.request.security.Roles;
import id.go.cilegon.ppid.request.service.PersonalDataLifecycle;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in applicant's rights over their personal data (UU 27/2022 PDP). */
@Path("/applicants/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applicants", description = "Data pribadi pemohon (UU 27/2022)")
public class ApplicantResource {

    @Inject
    PersonalDataLifecycle personalData;

    @Inject
    CurrentActor currentActor;

    @POST
    @Path("/erasure")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(
            summary = "Ask for the erasure of my personal data (UU 27/2022 Pasal 8)",
            description = "Every request of mine is erased once nothing more is owed on it and its last window (to "
                    + "object, to go to the Komisi Informasi) closed: my name, NIK, address, contacts and what I wrote. "
                    + "The answer lists each request with when it was or will be erased; asking again changes nothing. "
                    + "The request stays in the public record without them.")
    public List<PersonalDataLifecycle.Outcome> requestErasure() {
        return personalData.requestErasure(currentActor.get());
    }
}
