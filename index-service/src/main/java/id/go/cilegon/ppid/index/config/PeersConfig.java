package id.go.cilegon.ppid.index.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Locale;

/**
 * How the instances of index-service call each other for the keys another one owns (interactive queries): plain
 * HTTP in dev and tests, HTTPS with every instance's certificate verified in production (deploy/overlays/prod).
 */
@ConfigMapping(prefix = "ppid.peers")
public interface PeersConfig {

    /** How long this instance waits for the instance that owns a key. */
    @WithDefault("10s")
    Duration timeout();

    /** The scheme of the calls to the other instances. */
    @WithDefault("http")
    Scheme scheme();

    /**
     * The TLS configuration of Quarkus' TLS registry ({@code quarkus.tls.<name>.*}) whose trust store verifies the
     * other instances' certificates; read only with {@link Scheme#HTTPS}, and then it must exist.
     */
    @WithDefault("peer")
    String tlsConfigurationName();

    /**
     * With {@link Scheme#HTTPS}: the name every instance's certificate holds and is checked for, in place of the host
     * called (the instances are called at their pod address, which no certificate names).
     */
    @WithDefault("index-service")
    String serverName();

    /**
     * The host the other instances call this one at; with the port below it is Kafka Streams' {@code
     * application.server} (application.properties).
     */
    String host();

    /** The port the other instances call this one at: the HTTP port, or over HTTPS the TLS port. */
    int port();

    /** The scheme of the calls between instances. */
    enum Scheme {
        HTTP,
        HTTPS;

        public String uriScheme() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
