package id.go.cilegon.ppid.notification.service;

import id.go.cilegon.ppid.contracts.sla.Recipient;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.notification.domain.Deadline;
import id.go.cilegon.ppid.notification.domain.TrackedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells who now holds a request: the applicant and the OPD desk (and its system) when it was routed, the PPID
 * Utama when it waits in the routing queue. Called by the routing consumer, and by the request consumer when the
 * routing event happened to be read before request.submitted.
 */
@ApplicationScoped
public class Announcements {

    @Inject
    Messages messages;

    @Inject
    Clocks clocks;

    @Transactional(Transactional.TxType.MANDATORY)
    public void assignment(TrackedRequest request, String routingReason) {
        if (request.status != TrackedRequest.Status.OPEN || request.routingSequence == 0) {
            return;
        }
        String step = "routing-" + request.routingSequence;
        Deadline answer = Deadline.of(request.requestId, SlaClock.ANSWER)
                .filter(d -> d.state == Deadline.State.RUNNING)
                .orElse(null);
        Map<String, String> data = Messages.data(
                "registrationNumber", request.registrationNumber, "dueDate", answer == null ? null : answer.dueDate);
        if (answer != null) {
            Messages.provisional(data, "dueDate", clocks.provisionalYears(answer.startedOn, answer.dueDate));
        }
        if (request.assignedOpdCode != null) {
            data.put("opdCode", request.assignedOpdCode);
            messages.toApplicant(request, "request-routed", step, data);
            Map<String, String> desk = new LinkedHashMap<>(data);
            desk.put("receivedDate", request.receivedDate.toString());
            messages.toOpd(request.requestId, request.assignedOpdCode, "request-assigned", step, desk);
        } else if (request.queued) {
            data.put("receivedDate", request.receivedDate.toString());
            if (routingReason != null) {
                data.put("routingReason", routingReason);
            }
            messages.toOfficial(request.requestId, Recipient.PPID_MAIN, "routing-queued", step, data);
        }
    }
}
