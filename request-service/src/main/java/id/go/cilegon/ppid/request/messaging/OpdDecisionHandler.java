package id.go.cilegon.ppid.request.messaging;

import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.opd.OpdDecisionSubmitted;
import id.go.cilegon.ppid.kit.messaging.ProcessedEvents;
import id.go.cilegon.ppid.request.service.LifecycleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Accepts decisions that OPD systems publish on {@code ppid.opd.events.v1}. Other OPD events (their
 * register of information) are routing-service's and index-service's business and are skipped.
 */
@ApplicationScoped
public class OpdDecisionHandler {

    private static final String CONSUMER = "request-service.opd";

    @Inject
    ProcessedEvents processed;

    @Inject
    LifecycleService lifecycle;

    @Transactional
    public void apply(ConsumedEvent event) {
        if (!EventTypes.OPD_DECISION_SUBMITTED.equals(event.meta().type())) {
            return;
        }
        OpdDecisionSubmitted decision = event.payload(OpdDecisionSubmitted.class);
        if (!decision.opdCode().equals(event.key())) {
            throw new EventRejectedException("Kafka key " + event.key() + " does not match the deciding OPD "
                    + decision.opdCode());
        }
        // Kafka ACLs cannot bind a key to the writer: at least the declared source must be that OPD's system.
        if (!Services.opdSystemSource(decision.opdCode()).equals(event.meta().source())) {
            throw new EventRejectedException("ce_source " + event.meta().source() + " is not the system of OPD "
                    + decision.opdCode());
        }
        if (!processed.firstDelivery(CONSUMER, event.meta().id())) {
            return;
        }
        lifecycle.decideFromOpdSystem(decision.requestId(), decision.opdCode(), decision.decision(),
                decision.notice(), event.arrivedAt());
    }
}
