package id.go.cilegon.ppid.notification.messaging;

import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.directory.OpdDirectoryEntry;
import id.go.cilegon.ppid.kit.messaging.ConsumedEvent;
import id.go.cilegon.ppid.kit.messaging.EventHandler;
import id.go.cilegon.ppid.kit.messaging.EventRejectedException;
import id.go.cilegon.ppid.notification.domain.OpdDesk;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Keeps this service's copy of the OPD directory (compacted topic): the entry with the highest version wins, a
 * tombstone removes the OPD. Replaying the topic gives the same table, so no processed-event log is needed.
 */
@ApplicationScoped
public class DirectoryHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(DirectoryHandler.class);

    @Override
    public Set<String> types() {
        return Set.of(EventTypes.DIRECTORY_OPD_UPDATED);
    }

    @Override
    public boolean acceptsTombstones() {
        return true;
    }

    @Override
    public void apply(ConsumedEvent event) {
        if (event.key() == null) {
            throw new EventRejectedException("directory record without a key (the OPD code)");
        }
        if (event.isTombstone()) {
            // Tombstone: whatever the headers say, the OPD is gone.
            if (OpdDesk.deleteById(event.key())) {
                LOG.infof("OPD %s removed from the directory", event.key());
            }
            return;
        }
        OpdDirectoryEntry entry = event.payload(OpdDirectoryEntry.class);
        if (!entry.opdCode().equals(event.key())) {
            throw new EventRejectedException("Kafka key " + event.key() + " does not match OPD " + entry.opdCode());
        }
        OpdDesk desk = OpdDesk.findById(entry.opdCode());
        if (desk == null) {
            desk = new OpdDesk();
            desk.opdCode = entry.opdCode();
        } else if (desk.version >= entry.version()) {
            return;
        }
        desk.name = entry.name();
        desk.shortName = entry.shortName();
        desk.deskEmail = entry.deskEmail();
        desk.webhookUrl = entry.webhookUrl();
        desk.webhookSecretRef = entry.webhookSecretRef();
        desk.active = entry.active();
        desk.version = entry.version();
        desk.updatedAt = entry.updatedAt();
        desk.persist();
        LOG.infof("OPD %s directory entry version %d", desk.opdCode, desk.version);
    }
}
