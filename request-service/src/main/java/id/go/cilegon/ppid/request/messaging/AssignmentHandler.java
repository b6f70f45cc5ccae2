package id.go.cilegon.ppid.request.messaging;

import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RequestTransferred;
import id.go.cilegon.ppid.contracts.routing.RoutingNeeded;
import id.go.cilegon.ppid.kit.messaging.ConsumedEvent;
import id.go.cilegon.ppid.kit.messaging.EventHandler;
import id.go.cilegon.ppid.kit.messaging.EventRejectedException;
import id.go.cilegon.ppid.kit.messaging.ProcessedEvents;
import id.go.cilegon.ppid.request.domain.Actor;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.request.domain.TimelineEntry;
import id.go.cilegon.ppid.request.domain.TimelineEntry.Step;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Learns from routing-service which OPD holds each request. Routing is an internal step: the legal
 * clock keeps running, so nothing here touches the due date.
 */
@ApplicationScoped
public class AssignmentHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(AssignmentHandler.class);
    private static final String CONSUMER = "request-service.routing";

    @Inject
    ProcessedEvents processed;

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.ROUTING_ROUTED, EventTypes.ROUTING_ROUTING_NEEDED, EventTypes.ROUTING_TRANSFERRED);
    }

    @Override
    public void apply(ConsumedEvent event) {
        RequestEvent payload = event.keyedPayload(RequestEvent.class);
        if (!processed.firstDelivery(CONSUMER, event.meta().id())) {
            return;
        }
        InformationRequest request = InformationRequest.findById(payload.requestId(), LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new EventRejectedException("unknown request " + payload.requestId());
        }
        long lastApplied = request.routingSequence();
        // Routed: that OPD holds it; queued for the PPID Utama or transferred: none does until routed again.
        boolean applied = payload instanceof RequestRouted routed
                ? request.assignTo(routed.opdCode(), payload.sequence())
                : request.unassign(payload.sequence());
        if (!applied) {
            LOG.debugf(
                    "Ignoring stale routing event %s for %s (at %s)",
                    (Object) payload.sequence(), request.id(), (Object) lastApplied);
            return;
        }
        Actor routing = Actor.system();
        if (payload instanceof RequestRouted routed) {
            TimelineEntry.of(
                            request.id(),
                            Step.ROUTED,
                            routing,
                            routed.routedAt(),
                            "Routed to " + routed.opdCode() + " (" + routed.mode() + ")")
                    .persist();
            LOG.infof("Request %s assigned to %s", request.id(), routed.opdCode());
        } else if (payload instanceof RoutingNeeded needed) {
            TimelineEntry.of(
                            request.id(),
                            Step.QUEUED_FOR_ROUTING,
                            routing,
                            needed.queuedAt(),
                            "Queued for the PPID Utama: " + needed.reason())
                    .persist();
        } else if (payload instanceof RequestTransferred transferred) {
            TimelineEntry.of(
                            request.id(),
                            Step.TRANSFERRED,
                            new Actor(Actor.Role.PPID_OFFICER, "routing", transferred.fromOpdCode()),
                            transferred.transferredAt(),
                            transferred.reason())
                    .persist();
        }
    }
}
