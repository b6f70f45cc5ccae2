package id.go.cilegon.ppid.request.messaging;

import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.kit.outbox.OutboxTopics;
import id.go.cilegon.ppid.request.config.TopicConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The topics request-service publishes to through the outbox, by the names its settings give them. */
@ApplicationScoped
public class PublishedTopics implements OutboxTopics {

    @Inject
    TopicConfig topics;

    @Override
    public String topicFor(String contractTopic) {
        return switch (contractTopic) {
            case Topics.REQUEST_EVENTS -> topics.requestEvents();
            case Topics.APPLICANT_CONTACTS -> topics.applicantContacts();
            case Topics.REQUEST_TEXTS -> topics.requestTexts();
            case Topics.CALENDAR -> topics.calendar();
            default -> throw new IllegalArgumentException("request-service does not publish to " + contractTopic);
        };
    }
}
