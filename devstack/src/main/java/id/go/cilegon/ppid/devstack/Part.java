package id.go.cilegon.ppid.devstack;

import java.nio.file.Path;
import java.util.List;

/** One thing the devstack runs (a database, the broker, Keycloak, a service): started, probed, described, stopped. */
interface Part {

    /** Short name used in every message, e.g. {@code postgres} or {@code request-service}. */
    String name();

    /** The TCP ports this part listens on, checked before anything starts. */
    List<Port> ports();

    /**
     * Starts the part. In-process parts return when they are ready; child processes return once spawned, and
     * {@link #health()} tells when they are ready.
     */
    void start() throws Exception;

    /** Probes the part over the network, so it also works from {@code ./ppid status} in another JVM. */
    Health health();

    /** Stops what {@link #start()} started; a no-op when it never started. Never throws. */
    void stop();

    /** Lines for the summary printed once everything is ready. */
    List<String> describe();

    /** The part's log file, whose tail is shown when it fails. */
    Path log();

    /** A port and the environment variable that moves it. */
    record Port(int number, String setting) {}

    /** Outcome of one probe. */
    record Health(boolean up, String detail) {

        static Health up(String detail) {
            return new Health(true, detail);
        }

        static Health down(String detail) {
            return new Health(false, detail);
        }
    }
}
