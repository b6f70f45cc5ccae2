package id.go.cilegon.ppid.routing.service;

import id.go.cilegon.ppid.kit.outbox.Outbox;
import id.go.cilegon.ppid.routing.domain.AccessDeniedException;
import id.go.cilegon.ppid.routing.domain.Actor;
import id.go.cilegon.ppid.routing.domain.ConflictException;
import id.go.cilegon.ppid.routing.domain.Opd;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * The OPD directory: every change is a new version of the OPD's entry, published on the compacted
 * {@code ppid.directory.v1} through the outbox in the same transaction, so other services never need this
 * database. OPDs are deactivated, never deleted: past requests keep pointing at them.
 */
@ApplicationScoped
public class DirectoryService {

    private static final Logger LOG = Logger.getLogger(DirectoryService.class);

    @Inject
    Outbox outbox;

    @Inject
    MatchIndex index;

    @Inject
    Clock clock;

    public List<Opd> list(boolean includeInactive) {
        return includeInactive ? Opd.listAll(Sort.by("code")) : Opd.list("active = true", Sort.by("code"));
    }

    public Opd get(String code) {
        Opd opd = Opd.findById(code);
        if (opd == null) {
            throw RoutingService.unknownOpd(code);
        }
        return opd;
    }

    @Transactional
    public Opd create(String code, OpdEntry entry, Actor actor) {
        if (Opd.findById(code) != null) {
            throw new ConflictException(
                    "opd-exists",
                    "An OPD with code " + code + " exists already; change it with PUT.",
                    "OPD dengan kode " + code + " sudah ada; ubah dengan PUT.");
        }
        Opd opd = new Opd();
        opd.code = code;
        requireWebhookRights(null, entry, actor);
        apply(opd, entry);
        opd.active = entry.active() == null || entry.active();
        opd.version = 1;
        publish(opd, actor);
        opd.persist();
        LOG.infof("OPD %s created by %s", code, actor.subject());
        return opd;
    }

    /**
     * Replaces an OPD's entry. {@code expectedVersion}, when given, must be the current version, so two editors
     * cannot overwrite each other unknowingly. An identical entry is not a change: no new version is published.
     */
    @Transactional
    public Opd update(String code, OpdEntry entry, Long expectedVersion, Actor actor) {
        Opd opd = Opd.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (opd == null) {
            throw RoutingService.unknownOpd(code);
        }
        if (expectedVersion != null && expectedVersion != opd.version) {
            throw new ConflictException(
                    "version-conflict",
                    "The entry is at version " + opd.version + ", not " + expectedVersion
                            + "; reload it and apply your change again.",
                    "Entri sudah pada versi " + opd.version + ", bukan " + expectedVersion
                            + "; muat ulang dan ulangi perubahan Anda.");
        }
        Opd before = copy(opd);
        requireWebhookRights(opd, entry, actor);
        apply(opd, entry);
        opd.active = entry.active() == null ? opd.active : entry.active();
        if (same(before, opd)) {
            return opd;
        }
        opd.version++;
        publish(opd, actor);
        LOG.infof("OPD %s changed by %s (version %d, active %s)", code, actor.subject(), opd.version, opd.active);
        return opd;
    }

    /** Publishes every entry again, e.g. after the directory topic was recreated; versions do not change. */
    @Transactional
    public int republishAll() {
        List<Opd> all = Opd.listAll(Sort.by("code"));
        Instant now = clock.instant();
        all.forEach(opd -> outbox.append(opd.toEntry(), opd.code, now));
        return all.size();
    }

    private void publish(Opd opd, Actor actor) {
        opd.updatedAt = clock.instant();
        opd.updatedBy = actor.subject();
        outbox.append(opd.toEntry(), opd.code, opd.updatedAt);
        index.changed();
    }

    /**
     * Where the platform sends an OPD's webhooks, and with which secret, is the platform administrator's setting:
     * the PPID Utama edits everything else of an entry, and a change that leaves the webhook as it is.
     */
    private static void requireWebhookRights(Opd current, OpdEntry entry, Actor actor) {
        boolean changed = !Objects.equals(current == null ? null : current.webhookUrl, blankToNull(entry.webhookUrl()))
                || !Objects.equals(
                        current == null ? null : current.webhookSecretRef, blankToNull(entry.webhookSecretRef()));
        if (changed && actor.role() != Actor.Role.ADMIN) {
            throw new AccessDeniedException(
                    "webhook-admin-only",
                    "Only the platform administrator sets an OPD's webhook URL and secret reference.",
                    "Hanya administrator platform yang mengatur URL webhook dan referensi secret OPD.");
        }
    }

    private static void apply(Opd opd, OpdEntry entry) {
        opd.name = entry.name().strip();
        opd.shortName = entry.shortName().strip();
        opd.kind = entry.kind();
        opd.duties = entry.duties().strip();
        opd.keywords = entry.keywords() == null
                ? new ArrayList<>()
                : new ArrayList<>(
                        entry.keywords().stream().map(String::strip).distinct().toList());
        opd.deskEmail = blankToNull(entry.deskEmail());
        opd.deskPhone = blankToNull(entry.deskPhone());
        opd.webhookUrl = blankToNull(entry.webhookUrl());
        opd.webhookSecretRef = blankToNull(entry.webhookSecretRef());
    }

    private static Opd copy(Opd opd) {
        Opd copy = new Opd();
        copy.name = opd.name;
        copy.shortName = opd.shortName;
        copy.kind = opd.kind;
        copy.duties = opd.duties;
        copy.keywords = new ArrayList<>(opd.keywords);
        copy.deskEmail = opd.deskEmail;
        copy.deskPhone = opd.deskPhone;
        copy.webhookUrl = opd.webhookUrl;
        copy.webhookSecretRef = opd.webhookSecretRef;
        copy.active = opd.active;
        return copy;
    }

    private static boolean same(Opd a, Opd b) {
        return Objects.equals(a.name, b.name)
                && Objects.equals(a.shortName, b.shortName)
                && a.kind == b.kind
                && Objects.equals(a.duties, b.duties)
                && Objects.equals(a.keywords, b.keywords)
                && Objects.equals(a.deskEmail, b.deskEmail)
                && Objects.equals(a.deskPhone, b.deskPhone)
                && Objects.equals(a.webhookUrl, b.webhookUrl)
                && Objects.equals(a.webhookSecretRef, b.webhookSecretRef)
                && a.active == b.active;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
