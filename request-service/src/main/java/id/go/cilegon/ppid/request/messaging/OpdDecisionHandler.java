package id.go.cilegon.ppid.request.messaging;

import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.opd.OpdDecisionSubmitted;
import id.go.cilegon.ppid.kit.messaging.ConsumedEvent;
import id.go.cilegon.ppid.kit.messaging.EventHandler;
import id.go.cilegon.ppid.kit.messaging.EventRejectedException;
import id.go.cilegon.ppid.kit.messaging.ProcessedEvents;
import id.go.cilegon.ppid.request.service.LifecycleService;
import id.go.cilegon.ppid.request.service.RequestNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Accepts decisions that OPD systems publish on {@code ppid.opd.events.v1}. Other OPD events (their
 * register of information) are routing-service's and index-service's business and are skipped.
 */
@ApplicationScoped
public class OpdDecisionHandler implements EventHandler {

    private static final String CONSUMER = "request-service.opd";

    @Inject
    ProcessedEvents processed;

    @Inject
    LifecycleService lifecycle;

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.OPD_DECISION_SUBMITTED);
    }

    @Override
    public void apply(ConsumedEvent event) {
        OpdDecisionSubmitted decision = event.payload(OpdDecisionSubmitted.class);
        if (!decision.opdCode().equals(event.key())) {
            throw new EventRejectedException(
                    "Kafka key " + event.key() + " does not match the deciding OPD " + decision.opdCode());
        }
        // Kafka ACLs cannot bind a key to the writer: at least the declared source must be that OPD's system.
        if (!Services.opdSystemSource(decision.opdCode()).equals(event.meta().source())) {
            throw new EventRejectedException(
                    "ce_source " + event.meta().source() + " is not the system of OPD " + decision.opdCode());
        }
        if (!processed.firstDelivery(CONSUMER, event.meta().id())) {
            return;
        }
        try {
            lifecycle.decideFromOpdSystem(
                    decision.requestId(),
                    decision.opdCode(),
                    decision.decision(),
                    decision.notice(),
                    event.arrivedAt());
        } catch (RequestNotFoundException e) {
            throw new EventRejectedException(e.getMessage());
        }
    }
}
