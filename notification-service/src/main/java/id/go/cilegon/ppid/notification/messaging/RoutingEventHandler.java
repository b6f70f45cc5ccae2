package id.go.cilegon.ppid.notification.messaging;

import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RequestTransferred;
import id.go.cilegon.ppid.contracts.routing.RoutingNeeded;
import id.go.cilegon.ppid.kit.messaging.ConsumedEvent;
import id.go.cilegon.ppid.kit.messaging.EventHandler;
import id.go.cilegon.ppid.kit.messaging.ProcessedEvents;
import id.go.cilegon.ppid.notification.domain.TrackedRequest;
import id.go.cilegon.ppid.notification.service.Announcements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Learns from routing-service who answers for each request: the assigned OPD, or the PPID Utama while the request
 * waits in the routing queue or after a transfer. Reminders resolve their recipient from this when they fire, so
 * a transfer moves them to the new OPD; the legal clock is never touched.
 */
@ApplicationScoped
public class RoutingEventHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(RoutingEventHandler.class);
    private static final String CONSUMER = "notification-service.routing";

    @Inject
    ProcessedEvents processed;

    @Inject
    Requests requests;

    @Inject
    Announcements announcements;

    @Inject
    Clock clock;

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
        TrackedRequest request = requests.lock(payload.requestId(), clock.instant());
        if (payload.sequence() <= request.routingSequence) {
            LOG.debugf(
                    "Ignoring stale routing event %d for %s (at %d)",
                    (Object) payload.sequence(), request.requestId, (Object) request.routingSequence);
            return;
        }
        request.routingSequence = payload.sequence();
        request.updatedAt = clock.instant();
        String reason = null;
        if (payload instanceof RequestRouted routed) {
            request.assignedOpdCode = routed.opdCode();
            request.queued = false;
            LOG.infof("Request %s now with %s", request.requestId, routed.opdCode());
        } else if (payload instanceof RoutingNeeded needed) {
            request.assignedOpdCode = null;
            request.queued = true;
            reason = needed.reason().name();
            LOG.infof("Request %s waits in the PPID Utama's routing queue (%s)", request.requestId, needed.reason());
        } else if (payload instanceof RequestTransferred transferred) {
            // Back with the PPID Utama until routing-service assigns it again.
            request.assignedOpdCode = null;
            request.queued = false;
            LOG.infof("Request %s handed back by %s", request.requestId, transferred.fromOpdCode());
        }
        announcements.assignment(request, reason);
    }
}
