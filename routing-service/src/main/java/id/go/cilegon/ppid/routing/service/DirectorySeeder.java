package id.go.cilegon.ppid.routing.service;

import id.go.cilegon.ppid.kit.outbox.Outbox;
import id.go.cilegon.ppid.routing.config.DirectoryConfig;
import id.go.cilegon.ppid.routing.domain.Actor;
import id.go.cilegon.ppid.routing.domain.Opd;
import id.go.cilegon.ppid.routing.domain.RegisterEntry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import org.jboss.logging.Logger;

/**
 * Adds the OPDs of the seed that the database does not have yet, with their first register entries, and
 * publishes each on the directory topic through the outbox. Idempotent across restarts and replicas (an advisory
 * lock serialises them); an OPD already in the database is never overwritten, so runtime edits win.
 */
@ApplicationScoped
public class DirectorySeeder {

    private static final Logger LOG = Logger.getLogger(DirectorySeeder.class);
    /** "ppid-sed" in ASCII. */
    private static final long SEED_LOCK = 0x707069642d736564L;

    @Inject
    DirectoryConfig config;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MatchIndex index;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (!config.seedEnabled()) {
            return;
        }
        DirectorySeed seed = DirectorySeed.load(config.seedResource());
        int added = QuarkusTransaction.requiringNew().call(() -> seed(seed));
        if (added > 0) {
            LOG.infof("Directory seeded with %d OPDs from %s", added, config.seedResource());
        }
    }

    int seed(DirectorySeed seed) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, SEED_LOCK)
                .getSingleResult();
        Instant now = clock.instant();
        Actor actor = Actor.system();
        int added = 0;
        for (DirectorySeed.SeedOpd s : seed.opds()) {
            if (Opd.findById(s.opdCode()) != null) {
                continue;
            }
            Opd opd = new Opd();
            opd.code = s.opdCode();
            opd.name = s.name();
            opd.shortName = s.shortName();
            opd.kind = s.kind();
            opd.duties = s.duties();
            opd.keywords = new ArrayList<>(s.keywords());
            opd.deskEmail = s.deskEmail();
            opd.deskPhone = s.deskPhone();
            opd.webhookUrl = s.webhookUrl();
            opd.webhookSecretRef = s.webhookSecretRef();
            opd.active = true;
            opd.version = 1;
            opd.updatedAt = now;
            opd.updatedBy = actor.subject();
            // Built before persisting: the contract's checks reject a broken seed before anything is written.
            outbox.append(opd.toEntry(), opd.code, now);
            opd.persist();
            for (DirectorySeed.SeedEntry e : s.register()) {
                RegisterEntry entry = new RegisterEntry();
                entry.opdCode = opd.code;
                entry.entryId = e.entryId();
                entry.title = e.title();
                entry.summary = e.summary();
                entry.category = e.category();
                entry.keywords = new ArrayList<>(e.keywords());
                entry.publicationIntervalMonths = e.publicationIntervalMonths();
                entry.publishedAt = now;
                entry.source = RegisterEntry.Source.SEED;
                entry.updatedAt = now;
                entry.persist();
            }
            added++;
        }
        if (added > 0) {
            index.changed();
        }
        return added;
    }
}
