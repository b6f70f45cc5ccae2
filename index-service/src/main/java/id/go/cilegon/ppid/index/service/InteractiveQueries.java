package id.go.cilegon.ppid.index.service;

import id.go.cilegon.ppid.index.domain.ScopeAggregate;
import id.go.cilegon.ppid.index.messaging.IndexTopology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds where an aggregate lives: in a store of this instance, or on the instance that owns its partition, which
 * then answers the same REST call. Each instance advertises its REST address as {@code application.server}.
 */
@ApplicationScoped
public class InteractiveQueries {

    @Inject
    KafkaStreams streams;

    @ConfigProperty(name = "quarkus.kafka-streams.application-server")
    String applicationServer;

    /** Where a key lives: here (with its value, possibly null) or on another instance. */
    public record Location(HostInfo remote, ScopeAggregate value) {
        public boolean isLocal() {
            return remote == null;
        }
    }

    public HostInfo self() {
        return HostInfo.buildFromEndpoint(applicationServer);
    }

    public Location opd(String opdCode) {
        return locate(IndexTopology.OPD_STORE, opdCode);
    }

    public Location city() {
        return locate(IndexTopology.CITY_STORE, IndexTopology.CITY_KEY);
    }

    /** Every instance that holds part of the OPD aggregates, this one included. */
    public List<HostInfo> opdHosts() {
        Collection<StreamsMetadata> all = guard(() -> streams.streamsMetadataForStore(IndexTopology.OPD_STORE));
        List<HostInfo> hosts = new ArrayList<>();
        all.forEach(m -> hosts.add(m.hostInfo()));
        if (hosts.isEmpty()) {
            throw NotReadyException.moving();
        }
        return hosts;
    }

    /** The OPD aggregates of the partitions this instance owns. */
    public List<Map.Entry<String, ScopeAggregate>> localOpdAggregates() {
        return guard(() -> {
            List<Map.Entry<String, ScopeAggregate>> out = new ArrayList<>();
            try (KeyValueIterator<String, ScopeAggregate> all =
                    store(IndexTopology.OPD_STORE).all()) {
                while (all.hasNext()) {
                    KeyValue<String, ScopeAggregate> next = all.next();
                    out.add(Map.entry(next.key, next.value));
                }
            }
            return out;
        });
    }

    private Location locate(String storeName, String key) {
        return guard(() -> {
            KeyQueryMetadata metadata =
                    streams.queryMetadataForKey(storeName, key, Serdes.String().serializer());
            Optional<HostInfo> remote = route(metadata, self());
            if (remote.isPresent()) {
                return new Location(remote.get(), null);
            }
            return new Location(null, store(storeName).get(key));
        });
    }

    /**
     * The routing decision: empty when this instance owns the key, else the owner.
     *
     * @throws NotReadyException when no instance owns it right now (rebalancing, restoring)
     */
    public static Optional<HostInfo> route(KeyQueryMetadata metadata, HostInfo self) {
        if (metadata == null
                || metadata == KeyQueryMetadata.NOT_AVAILABLE
                || metadata.activeHost() == null
                || metadata.activeHost().port() < 0) {
            throw NotReadyException.moving();
        }
        return metadata.activeHost().equals(self) ? Optional.empty() : Optional.of(metadata.activeHost());
    }

    private ReadOnlyKeyValueStore<String, ScopeAggregate> store(String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(
                name, QueryableStoreTypes.<String, ScopeAggregate>keyValueStore()));
    }

    private <T> T guard(java.util.function.Supplier<T> query) {
        if (streams.state() != KafkaStreams.State.RUNNING && streams.state() != KafkaStreams.State.REBALANCING) {
            throw NotReadyException.moving();
        }
        try {
            return query.get();
        } catch (InvalidStateStoreException | IllegalStateException e) {
            throw NotReadyException.moving();
        }
    }
}
