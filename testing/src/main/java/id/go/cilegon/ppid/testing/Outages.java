package id.go.cilegon.ppid.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.awaitility.core.ThrowingRunnable;

/** The outages every service must ride out, each as long as {@link #LENGTH}. */
public final class Outages {

    /** How long an outage lasts in the tests: longer than any client timeout or backoff step of the services. */
    public static final Duration LENGTH = Duration.ofSeconds(30);

    private Outages() {}

    /**
     * Checks {@code check} again and again for {@link #LENGTH}; fails as soon as it fails once. Exceptions of other
     * threads (a consumer's poll failing on the missing broker) are theirs to ride out, not the check's.
     */
    public static void holdsThroughout(ThrowingRunnable check) {
        await().dontCatchUncaughtExceptions()
                .during(LENGTH)
                .atMost(LENGTH.plusSeconds(15))
                .untilAsserted(check);
    }

    /** Stops the broker for {@link #LENGTH}, checking {@code check} all the while, then starts it again. */
    public static void withBrokerDown(ThrowingRunnable check) {
        EmbeddedKafka.stop();
        try {
            holdsThroughout(check);
        } finally {
            EmbeddedKafka.start();
        }
    }
}
