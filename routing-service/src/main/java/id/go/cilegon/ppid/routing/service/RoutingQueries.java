package id.go.cilegon.ppid.routing.service;

import id.go.cilegon.ppid.routing.domain.AccessDeniedException;
import id.go.cilegon.ppid.routing.domain.Actor;
import id.go.cilegon.ppid.routing.domain.CaseStatus;
import id.go.cilegon.ppid.routing.domain.NotFoundException;
import id.go.cilegon.ppid.routing.domain.RoutingCase;
import id.go.cilegon.ppid.routing.domain.RoutingStep;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Reads routing state within what the caller may see: the PPID Utama all of it, an officer their OPD's. */
@ApplicationScoped
public class RoutingQueries {

    /** The PPID Utama's queue, most urgent (earliest legal due date) first. */
    public List<RoutingCase> queue(int page, int size) {
        return RoutingCase.find("status", Sort.by("dueDate").and("queuedAt").and("requestId"), CaseStatus.QUEUED)
                .page(Page.of(page, size))
                .list();
    }

    public long queueSize() {
        return RoutingCase.count("status", CaseStatus.QUEUED);
    }

    /** Requests by status and OPD; an officer sees only those assigned to their OPD. */
    public List<RoutingCase> list(Actor actor, CaseStatus status, String opdCode, int page, int size) {
        String opd = opdCode;
        if (actor.role() == Actor.Role.PPID_OFFICER) {
            if (opd != null && !opd.equals(actor.opdCode())) {
                throw otherOpd();
            }
            opd = actor.opdCode();
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (opd != null) {
            where.append(" and assignedOpdCode = :opd");
            params.and("opd", opd);
        }
        return RoutingCase.find(
                        where.toString(),
                        Sort.by("updatedAt", Sort.Direction.Descending).and("requestId"),
                        params)
                .page(Page.of(page, size))
                .list();
    }

    /** One request's routing state; an officer only for a request assigned to their OPD. */
    public RoutingCase get(UUID requestId, Actor actor) {
        RoutingCase routingCase = RoutingCase.findById(requestId);
        if (routingCase == null) {
            throw notFound(requestId);
        }
        if (actor.role() == Actor.Role.PPID_OFFICER && !Objects.equals(actor.opdCode(), routingCase.assignedOpdCode)) {
            throw otherOpd();
        }
        return routingCase;
    }

    public List<RoutingStep> history(UUID requestId) {
        return RoutingStep.list("requestId", Sort.by("id"), requestId);
    }

    static NotFoundException notFound(UUID requestId) {
        return new NotFoundException(
                "request-not-found",
                "Routing-service does not know request " + requestId + ".",
                "Permohonan " + requestId + " tidak dikenal oleh layanan routing.");
    }

    private static AccessDeniedException otherOpd() {
        return new AccessDeniedException(
                "other-opd",
                "This request is not assigned to your OPD.",
                "Permohonan ini tidak ditugaskan ke OPD Anda.");
    }
}
