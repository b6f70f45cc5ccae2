package id.go.cilegon.ppid.request.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The group commit of intake (IntakeWriter): how many submissions share a transaction and how many may wait; and the
 * limits on how often an applicant files online (IntakeLimits).
 */
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

    /** How often an applicant may file online (walk-in intake at a desk is the officer's judgement). */
    Limits limits();

    interface Limits {

        /** Requests one account may file in any minute (one replica's count). */
        @WithDefault("5")
        int perApplicantPerMinute();

        /** Requests filed from one client address in any minute (one replica's count). */
        @WithDefault("30")
        int perAddressPerMinute();

        /** Requests one account may file per legal day, across the platform; each starts a legal deadline. */
        @WithDefault("20")
        int perApplicantPerDay();
    }
}
