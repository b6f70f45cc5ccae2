package id.go.cilegon.ppid.notification.messaging;

import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.kit.outbox.OutboxTopics;
import id.go.cilegon.ppid.notification.config.TopicConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The topics notification-service publishes to through the outbox, by the names its settings give them. */
@ApplicationScoped
public class PublishedTopics implements OutboxTopics {

    @Inject
    TopicConfig topics;

    @Override
    public String topicFor(String contractTopic) {
        return switch (contractTopic) {
            case Topics.SLA_EVENTS -> topics.slaEvents();
            default -> throw new IllegalArgumentException("notification-service does not publish to " + contractTopic);
        };
    }
}
