package id.go.cilegon.ppid.notification.support;

import id.go.cilegon.ppid.kit.net.PublicAddresses;
import id.go.cilegon.ppid.notification.delivery.HostResolver;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

/**
 * Names no DNS knows, resolved for the tests: {@code hooks.opd.test} to the local receiver, {@code metadata.opd.test}
 * to the cloud metadata address. Any other name goes to the system resolver.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestHostResolver extends HostResolver {

    private static final Map<String, String> NAMES =
            Map.of("hooks.opd.test", "127.0.0.1", "metadata.opd.test", "169.254.169.254");

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        String address = NAMES.get(host);
        return address == null
                ? super.resolve(host)
                : List.of(PublicAddresses.literal(address).orElseThrow());
    }
}
