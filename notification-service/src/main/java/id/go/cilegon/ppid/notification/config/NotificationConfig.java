package id.go.cilegon.ppid.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** Who is told what and when, and how messages are delivered. */
@ConfigMapping(prefix = "ppid.notification")
public interface NotificationConfig {

    /** The PPID Utama's official mailbox (Diskominfo). */
    Optional<String> ppidMainEmail();

    /** The Atasan PPID's official mailbox. */
    Optional<String> ppidSuperiorEmail();

    /** Name of the public body in messages. */
    @WithDefault("Pemerintah Kota Cilegon")
    String publicBodyName();

    /** The Komisi Informasi that hears disputes (Pasal 37). */
    @WithDefault("Komisi Informasi Provinsi Banten")
    String informationCommission();

    /** The portal where applicants and officers see their requests; linked in messages. */
    @WithDefault("https://ppid.cilegon.go.id")
    String portalUrl();

    Sweep sweep();

    Delivery delivery();

    Webhook webhook();

    AnswerLadder answerLadder();

    ObjectionLadder objectionLadder();

    ApplicantWindows applicantWindows();

    /** The reminder sweep. */
    interface Sweep {

        /** How often the sweep runs ({@code off} disables the schedule; the sweep can still be called). */
        @WithDefault("60s")
        String every();

        /**
         * Most steps handled per run, a safety valve: a run claims batch after batch until no step is due or this
         * many were handled; the rest wait for the next run.
         */
        @WithDefault("100000")
        int maxSteps();

        /**
         * Steps claimed and fired per transaction: large enough that a backlog after an outage is not one commit
         * per step, small enough that no batch becomes a long transaction holding many locks.
         */
        @WithDefault("200")
        int batchSize();

        /** Reminders go out from this time of day (WIB), not in the middle of the night. */
        @WithDefault("07:00")
        LocalTime notBefore();
    }

    /** Delivery of the notification table's messages, with exponential backoff. */
    interface Delivery {

        /** Tries before a message is given up and {@code notification.failed} is raised. */
        @WithDefault("6")
        int maxAttempts();

        /** Wait after the first failure; doubled after each further one. */
        @WithDefault("1m")
        Duration initialBackoff();

        @WithDefault("2h")
        Duration maxBackoff();

        /** How often the delivery worker looks for due messages when no commit woke it up. */
        @WithDefault("5s")
        Duration pollInterval();

        /** Messages claimed per pass. */
        @WithDefault("50")
        int batchSize();

        /** Whether this replica runs the background delivery worker. */
        @WithDefault("true")
        boolean workerEnabled();
    }

    /** Signed webhooks to OPD systems. */
    interface Webhook {

        @WithDefault("5s")
        Duration connectTimeout();

        @WithDefault("10s")
        Duration requestTimeout();

        /** Whether plain http URLs are called (a developer's machine); https only otherwise. */
        @WithDefault("false")
        boolean allowHttp();

        /**
         * Internal networks a webhook may reach all the same (CIDR), e.g. {@code 127.0.0.0/8} for a receiver on a
         * developer's machine; none by default (service-kit's {@code PublicAddresses}).
         */
        Optional<List<String>> allowedNetworks();

        /** Public networks a webhook must not reach (CIDR), e.g. the cluster's own public ranges. */
        Optional<List<String>> deniedNetworks();
    }

    /**
     * The answer clock (Pasal 22(7)-(8)): the responsible desk (the assigned OPD, or the PPID Utama while the
     * request waits to be routed) is reminded {@code remindBefore} working days before the due date (0 = on the
     * day); {@code escalateAfter} lists {@code <working days overdue>:<recipient>}.
     */
    interface AnswerLadder {

        @WithDefault("3,1,0")
        List<Integer> remindBefore();

        @WithDefault("1:PPID_MAIN,3:PPID_SUPERIOR")
        List<String> escalateAfter();
    }

    /** The Atasan PPID's objection decision clock (Pasal 36(2)); reminders go to the Atasan PPID. */
    interface ObjectionLadder {

        @WithDefault("3,1,0")
        List<Integer> remindBefore();

        @WithDefault("1:PPID_MAIN")
        List<String> escalateAfter();
    }

    /** The applicant's own windows (objection, dispute): a reminder before they close. */
    interface ApplicantWindows {

        /** Working days before the window closes. */
        @WithDefault("3")
        List<Integer> remindBefore();
    }
}
