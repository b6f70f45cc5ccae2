package id.go.cilegon.ppid.request.service;

import id.go.cilegon.ppid.request.domain.Actor;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.request.domain.RequestStatus;
import id.go.cilegon.ppid.request.domain.TimelineEntry;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** Reads requests within what the caller may see. */
@ApplicationScoped
public class RequestQueries {

    @Inject
    AccessPolicy access;

    public InformationRequest get(UUID id, Actor actor) {
        InformationRequest request = InformationRequest.findById(id);
        if (request == null) {
            throw new RequestNotFoundException(id);
        }
        access.requireView(actor, request);
        return request;
    }

    public List<TimelineEntry> timeline(UUID id, Actor actor) {
        get(id, actor);
        return TimelineEntry.list("requestId", Sort.by("id"), id);
    }

    /** One page of the requests the actor may see, newest first, optionally filtered. */
    public List<InformationRequest> list(
            Actor actor, RequestStatus status, String registrationNumber, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        switch (actor.role()) {
            case APPLICANT -> {
                where.append(" and ownerSubject = :subject");
                params.and("subject", actor.subject());
            }
            case PPID_OFFICER -> {
                where.append(" and (assignedOpdCode = :opd or (channel = 'WALK_IN' and filingOpdCode = :opd))");
                params.and("opd", actor.opdCode());
            }
            case PPID_MAIN, PPID_SUPERIOR -> {}
            default -> {
                return List.of();
            }
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (registrationNumber != null && !registrationNumber.isBlank()) {
            where.append(" and registrationNumber = :number");
            params.and("number", registrationNumber.strip());
        }
        PanacheQuery<InformationRequest> query =
                InformationRequest.find(where.toString(), Sort.by("receivedAt", Sort.Direction.Descending), params);
        return query.page(Page.of(page, size)).list();
    }
}
