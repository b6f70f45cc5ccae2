package id.go.cilegon.ppid.notification.messaging;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.directory.OpdDirectoryEntry;
import id.go.cilegon.ppid.notification.domain.OpdDesk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Keeps this service's copy of the OPD directory (compacted topic): the entry with the highest version wins, a
 * tombstone removes the OPD. Replaying the topic gives the same table, so no processed-event log is needed.
 */
@ApplicationScoped
public class DirectoryHandler {

    private static final Logger LOG = Logger.getLogger(DirectoryHandler.class);

    @Transactional
    public void apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            throw new EventRejectedException("directory record without a key (the OPD code)");
        }
        if (record.value() == null) {
            // Tombstone: whatever the headers say, the OPD is gone.
            if (OpdDesk.deleteById(record.key())) {
                LOG.infof("OPD %s removed from the directory", record.key());
            }
            return;
        }
        EventMetadata meta = CloudEventHeaders.read(record.headers());
        if (!EventTypes.DIRECTORY_OPD_UPDATED.equals(meta.type())) {
            throw new EventRejectedException("unexpected event type " + meta.type() + " on the directory topic");
        }
        OpdDirectoryEntry entry = EventJson.read(record.value(), OpdDirectoryEntry.class);
        if (!entry.opdCode().equals(record.key())) {
            throw new EventRejectedException("Kafka key " + record.key() + " does not match OPD " + entry.opdCode());
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
