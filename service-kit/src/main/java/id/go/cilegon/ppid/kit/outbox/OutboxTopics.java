package id.go.cilegon.ppid.kit.outbox;

/**
 * The service's own names of the contract topics it publishes to ({@code ppid.topics.*}); implemented by each service
 * that uses the {@link Outbox}.
 */
public interface OutboxTopics {

    /**
     * The topic to write an event of {@code contractTopic} to.
     *
     * @throws IllegalArgumentException when the service does not publish to it
     */
    String topicFor(String contractTopic);
}
