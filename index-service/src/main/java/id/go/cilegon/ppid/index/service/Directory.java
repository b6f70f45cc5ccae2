package id.go.cilegon.ppid.index.service;

import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.InvalidEventException;
import id.go.cilegon.ppid.contracts.directory.OpdDirectoryEntry;
import id.go.cilegon.ppid.index.messaging.IndexTopology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.jboss.logging.Logger;

/**
 * The OPD directory of routing-service, as a global store every instance holds in full. Its values are kept as
 * published and read here; an entry that cannot be read is left out and logged (a global store cannot forward
 * records to a dead-letter topic).
 */
@ApplicationScoped
public class Directory {

    private static final Logger LOG = Logger.getLogger(Directory.class);

    @Inject
    KafkaStreams streams;

    public Optional<OpdDirectoryEntry> find(String opdCode) {
        try {
            return Optional.ofNullable(read(opdCode, store().get(opdCode)));
        } catch (InvalidStateStoreException e) {
            return Optional.empty();
        }
    }

    /** Every readable entry, by OPD code. */
    public Map<String, OpdDirectoryEntry> all() {
        Map<String, OpdDirectoryEntry> entries = new TreeMap<>();
        try (KeyValueIterator<String, byte[]> all = store().all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> next = all.next();
                OpdDirectoryEntry entry = read(next.key, next.value);
                if (entry != null) {
                    entries.put(next.key, entry);
                }
            }
        } catch (InvalidStateStoreException e) {
            LOG.debug("Directory store not ready", e);
        }
        return entries;
    }

    private ReadOnlyKeyValueStore<String, byte[]> store() {
        return streams.store(StoreQueryParameters.fromNameAndType(
                IndexTopology.DIRECTORY_STORE, QueryableStoreTypes.<String, byte[]>keyValueStore()));
    }

    private static OpdDirectoryEntry read(String key, byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            OpdDirectoryEntry entry = EventJson.read(value, OpdDirectoryEntry.class);
            return entry.opdCode().equals(key) ? entry : null;
        } catch (InvalidEventException e) {
            LOG.warnf("Ignoring unreadable directory entry %s: %s", key, e.getMessage());
            return null;
        }
    }
}
