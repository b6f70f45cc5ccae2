package id.go.cilegon.ppid.portal;

import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import java.util.Map;

/** The real broker of the tests, with the two compacted index topics the portal follows. */
public class PortalResource extends KafkaTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        KafkaTestClient.createCompactedTopic(Topics.INDEX_OPD);
        KafkaTestClient.createCompactedTopic(Topics.INDEX_CITY);
        return config;
    }
}
