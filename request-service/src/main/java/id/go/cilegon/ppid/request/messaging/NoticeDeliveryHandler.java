package id.go.cilegon.ppid.request.messaging;

import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.sla.NoticeDelivered;
import id.go.cilegon.ppid.kit.messaging.ConsumedEvent;
import id.go.cilegon.ppid.kit.messaging.EventHandler;
import id.go.cilegon.ppid.kit.messaging.EventRejectedException;
import id.go.cilegon.ppid.kit.messaging.ProcessedEvents;
import id.go.cilegon.ppid.request.service.LifecycleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Learns from notification-service ({@code ppid.sla.events.v1}) that the applicant's e-mail with a written notice was
 * delivered, so that the applicant's window counts from that day. The topic's other events (warnings, breaches, failed
 * messages) are index-service's business and are skipped.
 */
@ApplicationScoped
public class NoticeDeliveryHandler implements EventHandler {

    private static final String CONSUMER = "request-service.sla";

    @Inject
    ProcessedEvents processed;

    @Inject
    LifecycleService lifecycle;

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.NOTIFICATION_NOTICE_DELIVERED);
    }

    @Override
    public void apply(ConsumedEvent event) {
        NoticeDelivered delivered = event.payload(NoticeDelivered.class);
        if (!delivered.key().equals(event.key())) {
            throw new EventRejectedException(
                    "Kafka key " + event.key() + " does not match request " + delivered.requestId());
        }
        if (!Services.source(Services.NOTIFICATION_SERVICE).equals(event.meta().source())) {
            throw new EventRejectedException("ce_source " + event.meta().source() + " is not notification-service");
        }
        if (!processed.firstDelivery(CONSUMER, event.meta().id())) {
            return;
        }
        lifecycle.noticeDelivered(delivered);
    }
}
