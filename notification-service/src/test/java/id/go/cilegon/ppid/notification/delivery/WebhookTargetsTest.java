package id.go.cilegon.ppid.notification.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.cilegon.ppid.kit.net.PublicAddresses;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The production rules for a webhook's URL: https, and every address of its host on the public internet. */
class WebhookTargetsTest {

    private static final HostResolver DNS = new HostResolver() {
        private final Map<String, List<String>> names = Map.of(
                "hooks.dlh.example", List.of("203.0.113.10"),
                "split.example", List.of("203.0.113.11", "10.0.0.7"),
                "rebind.example", List.of("169.254.169.254"));

        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            List<String> addresses = names.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            return addresses.stream()
                    .map(a -> PublicAddresses.literal(a).orElseThrow())
                    .toList();
        }
    };

    private final WebhookTargets targets = new WebhookTargets(PublicAddresses.only(), false, DNS);

    private String refusal(String url) {
        return assertThrows(DeliveryException.class, () -> targets.resolve(url), url)
                .getMessage();
    }

    @Test
    void aPublicHttpsTargetIsCalledAtTheAddressChecked() throws Exception {
        WebhookTargets.Target target = targets.resolve("https://hooks.dlh.example/ppid/in?system=simpel");
        assertEquals(PublicAddresses.literal("203.0.113.10").orElseThrow(), target.address());
        assertEquals("hooks.dlh.example", target.host());
        assertEquals(443, target.port());
        assertEquals("/ppid/in?system=simpel", target.path());
        assertEquals(8443, targets.resolve("https://hooks.dlh.example:8443").port());
        assertEquals("/", targets.resolve("https://hooks.dlh.example:8443").path());
    }

    @Test
    void internalAddressesAreRefusedWhateverTheirForm() {
        String internal = "webhook: the host is on a network the platform does not call (loopback, private, link-local"
                + " or internal)";
        for (String url : List.of(
                "https://127.0.0.1/hook",
                "https://[::1]/hook",
                "https://10.1.2.3:8443/hook",
                "https://169.254.169.254/latest/meta-data/",
                "https://[::ffff:169.254.169.254]/",
                "https://rebind.example/hook",
                "https://split.example/hook")) {
            assertEquals(internal, refusal(url), url);
        }
    }

    @Test
    void otherRefusalsSayWhatIsWrongAndNothingMore() {
        assertEquals("webhook: only https URLs are called", refusal("http://hooks.dlh.example/hook"));
        assertEquals("webhook: only https URLs are called", refusal("file:///etc/passwd"));
        assertEquals("webhook: the URL in the directory is not valid", refusal("https://user:pw@hooks.dlh.example/"));
        assertEquals("webhook: the host name does not resolve", refusal("https://unknown.example/hook"));
    }
}
