package id.go.cilegon.ppid.routing.messaging;

import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.InvalidEventException;
import id.go.cilegon.ppid.contracts.request.RequestTexts;
import id.go.cilegon.ppid.kit.messaging.ConsumedEvent;
import id.go.cilegon.ppid.kit.messaging.EventHandler;
import id.go.cilegon.ppid.routing.service.RoutingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;

/**
 * The applicant's words of each request, from the restricted compacted topic: what routing matches on. A tombstone
 * (the request's personal data was erased) makes routing forget them. Applying either twice changes nothing.
 */
@ApplicationScoped
public class RequestTextsHandler implements EventHandler {

    @Inject
    RoutingService routing;

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.REQUEST_TEXTS_RECORDED);
    }

    @Override
    public boolean acceptsTombstones() {
        return true;
    }

    @Override
    public void apply(ConsumedEvent event) {
        if (event.isTombstone()) {
            UUID requestId;
            try {
                requestId = UUID.fromString(event.key());
            } catch (RuntimeException e) {
                throw new InvalidEventException("texts record key must be a request id (UUID)");
            }
            routing.onTextsErased(requestId);
            return;
        }
        routing.onTexts(event.keyedPayload(RequestTexts.class));
    }
}
