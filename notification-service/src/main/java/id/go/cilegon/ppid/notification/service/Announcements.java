package id.go.cilegon.ppid.notification.service;

import id.go.cilegon.ppid.contracts.sla.Recipient;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.notification.domain.Deadline;
import id.go.cilegon.ppid.notification.domain.TrackedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Tells who now holds a request: the applicant and the OPD desk (and its system) when it was routed, the PPID
 * Utama when it waits in the routing queue. Called by the routing consumer, and by the request consumer when the
 * routing event happened to be read before request.submitted.
 */
@ApplicationScoped
public class Announcements {

    @Inject
    Messages messages;

    @Transactional(Transactional.TxType.MANDATORY)
    public void assignment(TrackedRequest request, String routingReason) {
        if (request.status != TrackedRequest.Status.OPEN || request.routingSequence == 0) {
            return;
        }
        String step = "routing-" + request.routingSequence;
        String dueDate = Deadline.of(request.requestId, SlaClock.ANSWER)
                .filter(d -> d.state == Deadline.State.RUNNING).map(d -> d.dueDate.toString()).orElse(null);
        if (request.assignedOpdCode != null) {
            messages.toApplicant(request, "request-routed", step, Messages.data(
                    "registrationNumber", request.registrationNumber, "opdCode", request.assignedOpdCode,
                    "dueDate", dueDate));
            messages.toOpd(request.requestId, request.assignedOpdCode, "request-assigned", step, Messages.data(
                    "registrationNumber", request.registrationNumber, "opdCode", request.assignedOpdCode,
                    "receivedDate", request.receivedDate, "dueDate", dueDate));
        } else if (request.queued) {
            messages.toOfficial(request.requestId, Recipient.PPID_MAIN, "routing-queued", step, Messages.data(
                    "registrationNumber", request.registrationNumber, "receivedDate", request.receivedDate,
                    "dueDate", dueDate, "routingReason", routingReason));
        }
    }
}
