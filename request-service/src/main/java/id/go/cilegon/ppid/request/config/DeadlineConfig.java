package id.go.cilegon.ppid.request.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The legal periods of UU 14/2008 in working days, and the open points of DOMAIN.md as settings. */
@ConfigMapping(prefix = "ppid.deadlines")
public interface DeadlineConfig {

    /** Pasal 22(7): the written answer is due within this many working days of receipt. */
    @WithDefault("10")
    int answerWorkingDays();

    /** Pasal 22(8): one extension by this many working days. */
    @WithDefault("7")
    int extensionWorkingDays();

    /** Pasal 35-36(1): an objection is filed within this many working days after its ground arises. */
    @WithDefault("30")
    int objectionWindowWorkingDays();

    /** Pasal 36(2): the Atasan PPID decides an objection within this many working days. */
    @WithDefault("30")
    int objectionDecisionWorkingDays();

    /** Pasal 37: a dispute goes to the Komisi Informasi within this many working days. */
    @WithDefault("14")
    int disputeWindowWorkingDays();

    /** Whether the day of receipt is day 1 of the answer clock. */
    @WithDefault("false")
    boolean receiptDayCounts();

    /** When a missing answer becomes a ground for objection (c, g). */
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
