package id.go.cilegon.ppid.notification.delivery;

import id.go.cilegon.ppid.kit.net.PublicAddresses;
import id.go.cilegon.ppid.notification.config.NotificationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Where a webhook may go. The directory's URL is an OPD's word, so it is checked at every call: https (unless
 * {@code ppid.notification.webhook.allow-http}), and the host resolved now with <b>every</b> address it names on the
 * public internet ({@link PublicAddresses}: no loopback, private, link-local or cluster address, so no call reaches
 * the cloud's metadata or the platform's own services). The call then connects to the address checked here, never
 * to a second answer of the resolver.
 */
@ApplicationScoped
public class WebhookTargets {

    private PublicAddresses addresses;
    private boolean allowHttp;
    private HostResolver resolver;

    @Inject
    WebhookTargets(NotificationConfig config, HostResolver resolver) {
        this(
                new PublicAddresses(
                        config.webhook().allowedNetworks().orElse(List.of()),
                        config.webhook().deniedNetworks().orElse(List.of())),
                config.webhook().allowHttp(),
                resolver);
    }

    WebhookTargets(PublicAddresses addresses, boolean allowHttp, HostResolver resolver) {
        this.addresses = addresses;
        this.allowHttp = allowHttp;
        this.resolver = resolver;
    }

    /**
     * A checked webhook target.
     *
     * @param address the address to connect to, checked
     * @param host    the host name, for the {@code Host} header, TLS SNI and the certificate check
     * @param path    path and query, at least {@code /}
     */
    public record Target(InetAddress address, String host, int port, boolean https, String path) {}

    /**
     * The target of {@code url}.
     *
     * @throws DeliveryException saying what is wrong (a refused scheme or address, a name that does not resolve)
     *     without the network's details
     */
    public Target resolve(String url) throws DeliveryException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new DeliveryException("webhook: the URL in the directory is not valid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        if (!https && !(scheme.equals("http") && allowHttp)) {
            throw new DeliveryException("webhook: only https URLs are called");
        }
        String host = uri.getHost();
        if (host == null || uri.getUserInfo() != null) {
            throw new DeliveryException("webhook: the URL in the directory is not valid");
        }
        List<InetAddress> resolved;
        try {
            resolved = PublicAddresses.literal(host).map(List::of).orElse(null);
            if (resolved == null) {
                resolved = resolver.resolve(host);
            }
        } catch (UnknownHostException e) {
            throw new DeliveryException("webhook: the host name does not resolve");
        }
        if (resolved.isEmpty() || !resolved.stream().allMatch(addresses::permits)) {
            throw new DeliveryException(
                    "webhook: the host is on a network the platform does not call (loopback, private, link-local"
                            + " or internal)");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new Target(
                resolved.get(0), host.startsWith("[") ? host.substring(1, host.length() - 1) : host, port, https, path);
    }
}
