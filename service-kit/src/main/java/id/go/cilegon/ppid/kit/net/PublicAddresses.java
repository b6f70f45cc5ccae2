package id.go.cilegon.ppid.kit.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The addresses a call the platform makes on an outside party's word (a webhook URL in the directory, for instance)
 * may reach: the public internet, never the platform's own networks. Refused are the unspecified, loopback,
 * private (RFC 1918, unique local), shared (carrier-grade NAT), link-local (cloud metadata at 169.254.169.254),
 * benchmarking, multicast and reserved ranges, and the IPv6 forms that carry an IPv4 address (NAT64, 6to4, Teredo),
 * plus the {@code denied} networks (a cluster's public service range, say). The {@code allowed} networks are the
 * exceptions an operator makes on purpose, e.g. {@code 127.0.0.0/8} for a receiver on a developer's machine.
 *
 * <p>A host name must be resolved and <b>every</b> address checked at the moment of the call, and the connection made
 * to the address checked: a name checked once and resolved again later can point elsewhere by then.
 */
public final class PublicAddresses {

    /** Declared before {@link #INTERNAL}, whose networks are parsed with it. */
    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");

    private static final List<Network> INTERNAL = List.of(
                    "0.0.0.0/8",
                    "10.0.0.0/8",
                    "100.64.0.0/10",
                    "127.0.0.0/8",
                    "169.254.0.0/16",
                    "172.16.0.0/12",
                    "192.0.0.0/24",
                    "192.168.0.0/16",
                    "198.18.0.0/15",
                    "224.0.0.0/4",
                    "240.0.0.0/4",
                    "::/128",
                    "::1/128",
                    "::/96",
                    "64:ff9b::/96",
                    "64:ff9b:1::/48",
                    "100::/64",
                    "2001::/32",
                    "2002::/16",
                    "fc00::/7",
                    "fe80::/10",
                    "fec0::/10",
                    "ff00::/8")
            .stream()
            .map(Network::parse)
            .toList();

    private final List<Network> allowed;
    private final List<Network> denied;

    /**
     * @param allowed networks reachable although internal (CIDR notation)
     * @param denied  networks refused although public (CIDR notation)
     * @throws IllegalArgumentException naming a network that is not in CIDR notation
     */
    public PublicAddresses(List<String> allowed, List<String> denied) {
        this.allowed = allowed.stream().map(Network::parse).toList();
        this.denied = denied.stream().map(Network::parse).toList();
    }

    /** The public internet only. */
    public static PublicAddresses only() {
        return new PublicAddresses(List.of(), List.of());
    }

    /** Whether a call may go to {@code address}. */
    public boolean permits(InetAddress address) {
        if (denied.stream().anyMatch(network -> network.contains(address))) {
            return false;
        }
        if (allowed.stream().anyMatch(network -> network.contains(address))) {
            return true;
        }
        return INTERNAL.stream().noneMatch(network -> network.contains(address));
    }

    /**
     * The address {@code host} names when it is an IP literal (IPv6 with or without brackets), without asking DNS;
     * empty for a name.
     */
    public static Optional<InetAddress> literal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!IPV4.matcher(bare).matches() && !bare.contains(":")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** A network in CIDR notation, e.g. {@code 10.0.0.0/8} or {@code fc00::/7}. */
    record Network(byte[] prefixBytes, int length) {

        static Network parse(String cidr) {
            String text = cidr.strip();
            int slash = text.indexOf('/');
            Optional<InetAddress> address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                throw new IllegalArgumentException("not a network in CIDR notation: '" + cidr + "'");
            }
            byte[] bytes = address.get().getAddress();
            int length;
            try {
                length = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a network in CIDR notation: '" + cidr + "'");
            }
            if (length < 0 || length > bytes.length * 8) {
                throw new IllegalArgumentException("not a network in CIDR notation: '" + cidr + "'");
            }
            return new Network(bytes, length);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != prefixBytes.length) {
                return false;
            }
            int full = length / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != prefixBytes[i]) {
                    return false;
                }
            }
            int rest = length % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (bytes[full] & mask) == (prefixBytes[full] & mask);
        }
    }
}
