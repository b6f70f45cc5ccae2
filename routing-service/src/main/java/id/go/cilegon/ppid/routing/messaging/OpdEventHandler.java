package id.go.cilegon.ppid.routing.messaging;

import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.opd.RegisterEntryPublished;
import id.go.cilegon.ppid.contracts.opd.RegisterEntryWithdrawn;
import id.go.cilegon.ppid.kit.messaging.ConsumedEvent;
import id.go.cilegon.ppid.kit.messaging.EventHandler;
import id.go.cilegon.ppid.kit.messaging.EventRejectedException;
import id.go.cilegon.ppid.kit.messaging.ProcessedEvents;
import id.go.cilegon.ppid.routing.domain.Actor;
import id.go.cilegon.ppid.routing.domain.RegisterEntry;
import id.go.cilegon.ppid.routing.service.RegisterService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Keeps each OPD's register of information (DIP) as its system publishes it on {@code ppid.opd.events.v1}.
 * Decisions and publication editions on that topic are other services' business and are skipped.
 */
@ApplicationScoped
public class OpdEventHandler implements EventHandler {

    private static final String CONSUMER = "routing-service.opd";

    @Inject
    ProcessedEvents processed;

    @Inject
    RegisterService register;

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.OPD_REGISTER_ENTRY_PUBLISHED, EventTypes.OPD_REGISTER_ENTRY_WITHDRAWN);
    }

    @Override
    public void apply(ConsumedEvent event) {
        String type = event.type();
        if (EventTypes.OPD_REGISTER_ENTRY_PUBLISHED.equals(type)) {
            RegisterEntryPublished published = event.payload(RegisterEntryPublished.class);
            requireKey(event, published.opdCode());
            if (processed.firstDelivery(CONSUMER, event.meta().id())) {
                register.upsert(
                        published.opdCode(),
                        published.entryId(),
                        new RegisterService.EntryContent(
                                published.title(),
                                published.summary(),
                                published.category(),
                                published.keywords(),
                                published.publicationIntervalMonths(),
                                published.publishedAt()),
                        RegisterEntry.Source.OPD_SYSTEM,
                        Actor.opdSystem(published.opdCode()));
            }
        } else if (EventTypes.OPD_REGISTER_ENTRY_WITHDRAWN.equals(type)) {
            RegisterEntryWithdrawn withdrawn = event.payload(RegisterEntryWithdrawn.class);
            requireKey(event, withdrawn.opdCode());
            if (processed.firstDelivery(CONSUMER, event.meta().id())) {
                register.withdraw(withdrawn.opdCode(), withdrawn.entryId());
            }
        } else {
            throw new IllegalArgumentException("not a register event: " + type);
        }
    }

    private static void requireKey(ConsumedEvent event, String opdCode) {
        if (!opdCode.equals(event.key())) {
            throw new EventRejectedException("Kafka key " + event.key() + " does not match OPD " + opdCode);
        }
    }
}
