package id.go.cilegon.ppid.routing.messaging;

import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.kit.outbox.OutboxTopics;
import id.go.cilegon.ppid.routing.config.TopicConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The topics routing-service publishes to through the outbox, by the names its settings give them. */
@ApplicationScoped
public class PublishedTopics implements OutboxTopics {

    @Inject
    TopicConfig topics;

    @Override
    public String topicFor(String contractTopic) {
        return switch (contractTopic) {
            case Topics.ROUTING_EVENTS -> topics.routingEvents();
            case Topics.DIRECTORY -> topics.directory();
            case Topics.OPD_EVENTS -> topics.opdEvents();
            default -> throw new IllegalArgumentException("routing-service does not publish to " + contractTopic);
        };
    }
}
