package id.go.cilegon.ppid.portal;

import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import java.util.HashMap;
import java.util.Map;

/**
 * The real broker of the tests, with the two compacted index topics the portal follows, and index-service's public
 * API answered by {@link IndexServiceStub}.
 */
public class PortalResource extends KafkaTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        KafkaTestClient.createCompactedTopic(Topics.INDEX_OPD);
        KafkaTestClient.createCompactedTopic(Topics.INDEX_CITY);
        config.put("quarkus.rest-client.index.url", IndexServiceStub.start());
        return config;
    }
}
