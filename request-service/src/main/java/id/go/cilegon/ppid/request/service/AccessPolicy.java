package id.go.cilegon.ppid.request.service;

import id.go.cilegon.ppid.contracts.common.FilingChannel;
import id.go.cilegon.ppid.request.domain.Actor;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;

/**
 * Who may see and act on which request: applicants only their own, an officer only their OPD's
 * (assigned to it, or registered at its desk), the PPID Utama and the Atasan PPID all of them.
 */
@ApplicationScoped
public class AccessPolicy {

    public boolean canView(Actor actor, InformationRequest request) {
        return switch (actor.role()) {
            case PPID_MAIN, PPID_SUPERIOR -> true;
            case PPID_OFFICER ->
                Objects.equals(actor.opdCode(), request.assignedOpdCode())
                        || (request.channel() == FilingChannel.WALK_IN
                                && Objects.equals(actor.opdCode(), request.filingOpdCode()));
            case APPLICANT -> isOwner(actor, request);
            default -> false;
        };
    }

    public void requireView(Actor actor, InformationRequest request) {
        if (!canView(actor, request)) {
            throw switch (actor.role()) {
                case APPLICANT ->
                    new AccessDeniedException(
                            "not-your-request",
                            "This request belongs to another applicant.",
                            "Permohonan ini milik pemohon lain.");
                case PPID_OFFICER ->
                    new AccessDeniedException(
                            "other-opd",
                            "This request is not assigned to your OPD.",
                            "Permohonan ini tidak ditugaskan ke OPD Anda.");
                default ->
                    new AccessDeniedException(
                            "forbidden", "You may not see this request.", "Anda tidak berhak melihat permohonan ini.");
            };
        }
    }

    /** The applicant themself, or for a walk-in request without an account, the PPID desk acting for them. */
    public void requireApplicantSide(Actor actor, InformationRequest request) {
        boolean allowed = switch (actor.role()) {
            case APPLICANT -> isOwner(actor, request);
            case PPID_MAIN -> request.ownerSubject() == null;
            case PPID_OFFICER -> request.ownerSubject() == null && canView(actor, request);
            default -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException(
                    "not-the-applicant",
                    "Only the applicant (or, for a walk-in request, the PPID desk on their behalf) may do this.",
                    "Hanya pemohon (atau, untuk permohonan langsung di loket, petugas PPID atas namanya) yang dapat melakukan ini.");
        }
    }

    /** The officer of the OPD that holds the information, or the PPID Utama. */
    public void requireAnsweringDesk(Actor actor, InformationRequest request) {
        if (actor.role() == Actor.Role.PPID_MAIN) {
            return;
        }
        if (actor.role() == Actor.Role.PPID_OFFICER
                && request.assignedOpdCode() != null
                && request.assignedOpdCode().equals(actor.opdCode())) {
            return;
        }
        throw new AccessDeniedException(
                "other-opd",
                "Only the PPID desk of the OPD this request is assigned to (" + describe(request.assignedOpdCode())
                        + ") or the PPID Utama may do this.",
                "Hanya petugas PPID dari OPD yang ditugaskan (" + describe(request.assignedOpdCode())
                        + ") atau PPID Utama yang dapat melakukan ini.");
    }

    /** Whether the actor may see the identity number in clear: only its owner. */
    public boolean seesOwnNik(Actor actor, InformationRequest request) {
        return actor.role() == Actor.Role.APPLICANT && isOwner(actor, request);
    }

    private static boolean isOwner(Actor actor, InformationRequest request) {
        return request.ownerSubject() != null && request.ownerSubject().equals(actor.subject());
    }

    private static String describe(String opdCode) {
        return opdCode == null ? "-" : opdCode;
    }
}
