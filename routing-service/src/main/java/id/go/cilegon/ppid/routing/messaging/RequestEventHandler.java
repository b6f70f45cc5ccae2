package id.go.cilegon.ppid.routing.messaging;

import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.request.DeadlinesRecalculated;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.contracts.request.RequestExtended;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.contracts.request.RequestWithdrawn;
import id.go.cilegon.ppid.kit.messaging.ProcessedEvents;
import id.go.cilegon.ppid.routing.service.RoutingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Routes each submitted request, and closes its routing when it is answered or withdrawn (it leaves the queue
 * and can no longer be transferred). The other request events change nothing in routing and are skipped; a
 * type the catalog does not know is parked.
 */
@ApplicationScoped
public class RequestEventHandler {

    private static final String CONSUMER = "routing-service.request";

    @Inject
    ProcessedEvents processed;

    @Inject
    RoutingService routing;

    @Transactional
    public void apply(ConsumedEvent event) {
        String type = event.meta().type();
        RequestEvent payload;
        switch (type) {
            case EventTypes.REQUEST_SUBMITTED -> payload = event.payload(RequestSubmitted.class);
            case EventTypes.REQUEST_DECIDED -> payload = event.payload(RequestDecided.class);
            case EventTypes.REQUEST_WITHDRAWN -> payload = event.payload(RequestWithdrawn.class);
            case EventTypes.REQUEST_EXTENDED -> payload = event.payload(RequestExtended.class);
            case EventTypes.REQUEST_DEADLINES_RECALCULATED -> payload = event.payload(DeadlinesRecalculated.class);
            default -> {
                if (EventCatalog.byType(type).isEmpty()) {
                    throw new EventRejectedException("unknown event type " + type + " on the request topic");
                }
                return;
            }
        }
        if (!payload.key().equals(event.key())) {
            throw new EventRejectedException("Kafka key " + event.key() + " does not match request " + payload.key());
        }
        if (!processed.firstDelivery(CONSUMER, event.meta().id())) {
            return;
        }
        if (payload instanceof RequestSubmitted submitted) {
            routing.onSubmitted(submitted);
        } else if (payload instanceof RequestDecided decided) {
            routing.onClosed(decided.requestId(), "DECIDED", event.meta().time());
        } else if (payload instanceof RequestWithdrawn withdrawn) {
            routing.onClosed(withdrawn.requestId(), "WITHDRAWN", event.meta().time());
        } else if (payload instanceof RequestExtended extended) {
            routing.onDueDateMoved(extended.requestId(), extended.dueDate());
        } else if (payload instanceof DeadlinesRecalculated recalculated) {
            recalculated.change("dueDate").ifPresent(change -> routing.onDueDateMoved(recalculated.requestId(),
                    change.current()));
        }
    }
}
