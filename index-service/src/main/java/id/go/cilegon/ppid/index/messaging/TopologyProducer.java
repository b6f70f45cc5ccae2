package id.go.cilegon.ppid.index.messaging;

import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.index.config.IndexConfig;
import id.go.cilegon.ppid.index.config.TopicConfig;
import id.go.cilegon.ppid.index.domain.IndexFormula;
import id.go.cilegon.ppid.index.domain.IndexWeights;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import org.apache.kafka.streams.Topology;
import org.jboss.logging.Logger;

/** Produces the Kafka Streams topology that quarkus-kafka-streams runs, from the settings. */
@ApplicationScoped
public class TopologyProducer {

    private static final Logger LOG = Logger.getLogger(TopologyProducer.class);

    @Inject
    IndexConfig config;

    @Inject
    TopicConfig topics;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    @Produces
    @ApplicationScoped
    IndexFormula formula() {
        IndexConfig.Weights w = config.weights();
        return new IndexFormula(
                new IndexWeights(w.timeliness(), w.completeness(), w.objections(), w.proactiveDisclosure()),
                config.minimumRequests());
    }

    @Produces
    public Topology buildTopology() {
        IndexTopology.TopicNames names = new IndexTopology.TopicNames(
                topics.requestEvents(),
                topics.routingEvents(),
                topics.slaEvents(),
                topics.opdEvents(),
                topics.directory(),
                topics.indexOpd(),
                topics.indexCity());
        IndexFormula formula = formula();
        Topology topology = new IndexTopology(
                        new IndexTopology.Settings(
                                names,
                                formula,
                                config.retentionDays(),
                                config.reevaluateEvery(),
                                config.publishEvery()),
                        clock,
                        topic -> metrics.counter(
                                        "ppid.consumer.skipped", "service", Services.INDEX_SERVICE, "channel", topic)
                                .increment())
                .build();
        LOG.infof(
                "Index formula: weights %s, minimum %d requests; topology:%n%s",
                formula.weights(), formula.minimumRequests(), topology.describe());
        return topology;
    }
}
