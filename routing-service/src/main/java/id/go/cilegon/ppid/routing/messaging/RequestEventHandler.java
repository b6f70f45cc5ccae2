package id.go.cilegon.ppid.routing.messaging;

import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.request.DeadlinesRecalculated;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.contracts.request.RequestExtended;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.contracts.request.RequestWithdrawn;
import id.go.cilegon.ppid.kit.messaging.ConsumedEvent;
import id.go.cilegon.ppid.kit.messaging.EventHandler;
import id.go.cilegon.ppid.kit.messaging.ProcessedEvents;
import id.go.cilegon.ppid.routing.service.RoutingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Routes each submitted request, and closes its routing when it is answered or withdrawn (it leaves the queue
 * and can no longer be transferred). The other request events change nothing in routing and are skipped.
 */
@ApplicationScoped
public class RequestEventHandler implements EventHandler {

    private static final String CONSUMER = "routing-service.request";

    @Inject
    ProcessedEvents processed;

    @Inject
    RoutingService routing;

    @Override
    public Set<String> types() {
        return Set.of(
                EventTypes.REQUEST_SUBMITTED,
                EventTypes.REQUEST_DECIDED,
                EventTypes.REQUEST_WITHDRAWN,
                EventTypes.REQUEST_EXTENDED,
                EventTypes.REQUEST_DEADLINES_RECALCULATED);
    }

    @Override
    public void apply(ConsumedEvent event) {
        RequestEvent payload = event.keyedPayload(RequestEvent.class);
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
            recalculated
                    .change("dueDate")
                    .ifPresent(change -> routing.onDueDateMoved(recalculated.requestId(), change.current()));
        }
    }
}
