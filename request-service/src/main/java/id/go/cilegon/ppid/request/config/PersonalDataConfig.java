package id.go.cilegon.ppid.request.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** How long an applicant's personal data is kept, and how often the erasure job looks (PersonalDataLifecycle). */
@ConfigMapping(prefix = "ppid.personal-data")
public interface PersonalDataConfig {

    /**
     * How long a request keeps its applicant's personal data after its last window closed (UU 27/2022 Pasal 44). The
     * city sets it with its archivist, from its records retention schedule (Jadwal Retensi Arsip).
     */
    @WithDefault("P5Y")
    Period retention();

    /**
     * A dispute before the Komisi Informasi runs outside the platform, which never hears its end: its request counts as
     * closed this long after the dispute was filed (the Komisi's 100 working days and an appeal).
     */
    @WithDefault("P1Y")
    Period disputeHold();

    /** How often a replica looks for requests due for erasure (a Quarkus scheduler period). */
    @WithDefault("1h")
    String checkEvery();

    /** Requests erased in one transaction. */
    @WithDefault("100")
    int batchSize();
}
