package id.go.cilegon.ppid.request.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The group commit of intake (IntakeWriter): how many submissions share a transaction and how many may wait. */
@ConfigMapping(prefix = "ppid.intake")
public interface IntakeConfig {

    /** Writer threads, each with its own transaction (and pooled connection) at a time. */
    @WithDefault("2")
    int writers();

    /** The most submissions registered in one transaction. */
    @WithDefault("64")
    int maxBatch();

    /** Submissions that may wait for a writer; beyond that a submission is answered 503 with Retry-After. */
    @WithDefault("1000")
    int queueCapacity();
}
