package id.go.cilegon.ppid.routing.config;

import id.go.cilegon.ppid.routing.matching.MatchSettings;
import id.go.cilegon.ppid.routing.matching.RoutingThresholds;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When routing assigns on its own, how it scores, and how often a request may be handed back. */
@ConfigMapping(prefix = "ppid.routing")
public interface RoutingConfig {

    /** The best OPD's BM25 score must reach this to be routed automatically. */
    @WithDefault("2.0")
    double minScore();

    /** The best score must beat the runner-up by this share of the best score (0.2 = runner-up at most 80%). */
    @WithDefault("0.2")
    double minMargin();

    /**
     * Transfers after which a request goes to the PPID Utama's queue instead of being routed again: with 2, the
     * second OPD that hands it back sends it to the queue.
     */
    @WithDefault("2")
    int transferLimit();

    /**
     * How long a request waits for its texts (the applicant's words, on their own restricted topic) before it is
     * queued for the PPID Utama without them, so that no request is left unrouted by a missing record.
     */
    @WithDefault("5m")
    java.time.Duration textsWait();

    /** How often a replica looks for requests that waited too long for their texts (a Quarkus scheduler period). */
    @WithDefault("1m")
    String textsCheckEvery();

    /** Candidates listed in a routing-needed event and in the queue. */
    @WithDefault("3")
    int reportedCandidates();

    /** Scoring parameters; defaults are the values measured on the labelled benchmark. */
    Scoring scoring();

    /** The OPDs' webhooks in the directory. */
    Webhook webhook();

    interface Webhook {

        /** Accept plain http webhook URLs (a developer's machine only). */
        @WithDefault("false")
        boolean allowHttp();
    }

    /** OPD systems' events over HTTP (OpdIngress). */
    Ingress ingress();

    interface Ingress {

        /** Events one OPD system may send in any minute (one replica's count); beyond, 429 with Retry-After. */
        @WithDefault("120")
        int perOpdPerMinute();
    }

    /** The OPDs' registers of information. */
    Register register();

    interface Register {

        /**
         * The most routing keywords an entry may have: what an OPD proposes beyond it cannot be accepted, so no
         * entry pulls requests by the breadth of its keywords.
         */
        @WithDefault("10")
        int maxKeywords();
    }

    default RoutingThresholds thresholds() {
        return new RoutingThresholds(minScore(), minMargin());
    }

    /** BM25 and field weights, see {@link MatchSettings}. */
    interface Scoring {

        @WithDefault("0.6")
        double k1();

        @WithDefault("0.75")
        double b();

        @WithDefault("1.0")
        double dutiesWeight();

        @WithDefault("1.0")
        double keywordsWeight();

        @WithDefault("0.7")
        double registerWeight();

        @WithDefault("0.3")
        double nameWeight();

        @WithDefault("0.3")
        double purposeWeight();

        default MatchSettings settings() {
            return new MatchSettings(
                    k1(), b(), dutiesWeight(), keywordsWeight(), registerWeight(), nameWeight(), purposeWeight());
        }
    }
}
