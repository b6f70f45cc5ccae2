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
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
    /** Transaction resource: the snapshot this transaction routes against. */
    private static final Object ROUTED_AGAINST = new Object();
    /** Transaction resource: this transaction changed what routing matches against (not committed yet). */
    private static final Object CHANGED = new Object();

    @Inject
    EntityManager em;

    @Inject
    RoutingConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final IndonesianText text = IndonesianText.standard();
    private volatile Snapshot snapshot;

    private record Snapshot(long revision, OpdIndex index) {}

    /** The analysis used for requests and profiles. */
    public IndonesianText text() {
        return text;
    }

    /**
     * The index of the committed directory.
     *
     * <p>Inside a transaction that has not changed the directory itself (a consumer's batch, a REST call that
     * routes), the revision is read once, on the caller's connection, at the first decision, and every decision of
     * that transaction is taken against that one index: a batch routes as if it had been applied at the moment of
     * its first decision. This is the common path, and it costs neither a second transaction and connection nor a
     * query per event. Anywhere else (no transaction, or one that changed the directory), the index is read and,
     * if need be, rebuilt in a transaction of its own, so a caller's uncommitted change never ends up cached under
     * a revision that may roll back.
     */
    public OpdIndex current() {
        if (!inUnchangedTransaction()) {
            return committed().index();
        }
        Snapshot mine = (Snapshot) transactions.getResource(ROUTED_AGAINST);
        if (mine == null) {
            // Committed data only (READ COMMITTED, and this transaction changed nothing routing matches against).
            long revision = revision();
            Snapshot known = snapshot;
            mine = known != null && known.revision() == revision ? known : committed();
            transactions.putResource(ROUTED_AGAINST, mine);
        }
        return mine.index();
    }

    /** The snapshot of the committed directory, read (and rebuilt if it changed) in a transaction of its own. */
    private Snapshot committed() {
        return QuarkusTransaction.requiringNew().call(() -> {
            long revision = revision();
            Snapshot known = snapshot;
            if (known != null && known.revision() == revision) {
                return known;
            }
            synchronized (this) {
                known = snapshot;
                if (known != null && known.revision() == revision) {
                    return known;
                }
                long start = System.nanoTime();
                OpdIndex index =
                        OpdIndex.build(profiles(), text, config.scoring().settings());
                Snapshot rebuilt = new Snapshot(revision, index);
                snapshot = rebuilt;
                LOG.infof(
                        "Routing index rebuilt at revision %d: %d active OPDs in %d ms",
                        revision, index.size(), (System.nanoTime() - start) / 1_000_000);
                return rebuilt;
            }
        });
    }

    /** Records, in the caller's transaction, that what routing matches against has changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed() {
        em.createNativeQuery("update match_revision set revision = revision + 1 where id = 1")
                .executeUpdate();
        transactions.putResource(CHANGED, Boolean.TRUE);
    }

    /** The directory's revision; COMMIT flush mode leaves a caller's pending writes where they are. */
    private long revision() {
        return ((Number) em.createNativeQuery("select revision from match_revision where id = 1")
                        .setFlushMode(FlushModeType.COMMIT)
                        .getSingleResult())
                .longValue();
    }

    private boolean inUnchangedTransaction() {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE && transactions.getResource(CHANGED) == null;
    }

    private List<OpdProfile> profiles() {
        List<Opd> opds = Opd.list("active = true order by code");
        Map<String, List<OpdProfile.RegisterText>> registers = new HashMap<>();
        for (RegisterEntry entry : RegisterEntry.<RegisterEntry>listAll()) {
            registers
                    .computeIfAbsent(entry.opdCode, k -> new ArrayList<>())
                    .add(new OpdProfile.RegisterText(entry.title, entry.summary, entry.keywords));
        }
        return opds.stream()
                .map(opd -> new OpdProfile(
                        opd.code,
                        opd.name,
                        opd.shortName,
                        opd.duties,
                        opd.keywords,
                        registers.getOrDefault(opd.code, List.of())))
                .toList();
    }
}
