package id.go.cilegon.ppid.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The legal periods this service computes itself (the others arrive computed in request-service's events). They
 * must match request-service's {@code ppid.deadlines.*} settings; operators set both from one ConfigMap.
 */
@ConfigMapping(prefix = "ppid.deadlines")
public interface DeadlineConfig {

    /** Pasal 22(8): one extension by this many working days (for {@link UnansweredAfter#MAXIMUM}). */
    @WithDefault("7")
    int extensionWorkingDays();

    /** Pasal 35-36(1): an objection is filed within this many working days after its ground arises. */
    @WithDefault("30")
    int objectionWindowWorkingDays();

    /** Pasal 37(2): a dispute goes to the Komisi Informasi within this many working days (for older events only). */
    @WithDefault("14")
    int disputeWindowWorkingDays();

    /** When a missing answer becomes a ground for objection (Pasal 35(1) c and g). */
    @WithDefault("DUE_DATE")
    UnansweredAfter unansweredAfter();

    /** The two readings of "not answered in time" that DOMAIN.md leaves open. */
    enum UnansweredAfter {
        /** After the current due date: day 10, or day 17 once extended. */
        DUE_DATE,
        /** After the longest lawful period, day 17, whether extended or not. */
        MAXIMUM
    }
}
