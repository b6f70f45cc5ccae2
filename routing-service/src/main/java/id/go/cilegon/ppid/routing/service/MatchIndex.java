package id.go.cilegon.ppid.routing.service;

import id.go.cilegon.ppid.routing.config.RoutingConfig;
import id.go.cilegon.ppid.routing.domain.Opd;
import id.go.cilegon.ppid.routing.domain.RegisterEntry;
import id.go.cilegon.ppid.routing.matching.IndonesianText;
import id.go.cilegon.ppid.routing.matching.OpdIndex;
import id.go.cilegon.ppid.routing.matching.OpdProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The in-memory Lucene index of the active OPDs, kept in step with the database: every change of the directory
 * or of a register bumps a revision row in the same transaction, and the next routing decision on any replica
 * sees the new revision and rebuilds (a few milliseconds for a city's OPDs).
 */
@ApplicationScoped
public class MatchIndex {

    private static final Logger LOG = Logger.getLogger(MatchIndex.class);

    @Inject
    EntityManager em;

    @Inject
    RoutingConfig config;

    private final IndonesianText text = IndonesianText.standard();
    private volatile Snapshot snapshot;

    private record Snapshot(long revision, OpdIndex index) {
    }

    /** The analysis used for requests and profiles. */
    public IndonesianText text() {
        return text;
    }

    /**
     * The index of the committed directory. Reads in a transaction of its own, so a caller's uncommitted change
     * never ends up cached under a revision that may roll back.
     */
    public OpdIndex current() {
        return QuarkusTransaction.requiringNew().call(() -> {
            long revision = ((Number) em.createNativeQuery("select revision from match_revision where id = 1")
                    .getSingleResult()).longValue();
            Snapshot known = snapshot;
            if (known != null && known.revision() == revision) {
                return known.index();
            }
            synchronized (this) {
                known = snapshot;
                if (known != null && known.revision() == revision) {
                    return known.index();
                }
                long start = System.nanoTime();
                OpdIndex index = OpdIndex.build(profiles(), text, config.scoring().settings());
                snapshot = new Snapshot(revision, index);
                LOG.infof("Routing index rebuilt at revision %d: %d active OPDs in %d ms", revision, index.size(),
                        (System.nanoTime() - start) / 1_000_000);
                return index;
            }
        });
    }

    /** Records, in the caller's transaction, that what routing matches against has changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed() {
        em.createNativeQuery("update match_revision set revision = revision + 1 where id = 1").executeUpdate();
    }

    private List<OpdProfile> profiles() {
        List<Opd> opds = Opd.list("active = true order by code");
        Map<String, List<OpdProfile.RegisterText>> registers = new HashMap<>();
        for (RegisterEntry entry : RegisterEntry.<RegisterEntry>listAll()) {
            registers.computeIfAbsent(entry.opdCode, k -> new ArrayList<>())
                    .add(new OpdProfile.RegisterText(entry.title, entry.summary, entry.keywords));
        }
        return opds.stream().map(opd -> new OpdProfile(opd.code, opd.name, opd.shortName, opd.duties, opd.keywords,
                registers.getOrDefault(opd.code, List.of()))).toList();
    }
}
