package id.go.cilegon.ppid.routing.service;

import id.go.cilegon.ppid.contracts.common.InformationCategory;
import id.go.cilegon.ppid.routing.domain.AccessDeniedException;
import id.go.cilegon.ppid.routing.domain.Actor;
import id.go.cilegon.ppid.routing.domain.NotFoundException;
import id.go.cilegon.ppid.routing.domain.Opd;
import id.go.cilegon.ppid.routing.domain.RegisterEntry;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Each OPD's register of public information (DIP), from OPD systems' events and from REST. Every change is
 * evidence of what the OPD holds, so it marks the routing index for a rebuild.
 */
@ApplicationScoped
public class RegisterService {

    private static final Logger LOG = Logger.getLogger(RegisterService.class);

    @Inject
    MatchIndex index;

    @Inject
    Clock clock;

    /** The content of an entry, whichever way it arrived. */
    public record EntryContent(
            String title,
            String summary,
            InformationCategory category,
            List<String> keywords,
            Integer publicationIntervalMonths,
            Instant publishedAt) {}

    public List<RegisterEntry> list(String opdCode) {
        requireOpd(opdCode);
        return RegisterEntry.list("opdCode", Sort.by("entryId"), opdCode);
    }

    /** Adds or replaces an entry; returns whether it was new. */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean upsert(String opdCode, String entryId, EntryContent content, RegisterEntry.Source source) {
        requireOpd(opdCode);
        RegisterEntry entry = RegisterEntry.find(opdCode, entryId);
        boolean created = entry == null;
        if (created) {
            entry = new RegisterEntry();
            entry.opdCode = opdCode;
            entry.entryId = entryId;
        }
        entry.title = content.title().strip();
        entry.summary = content.summary().strip();
        entry.category = content.category();
        entry.keywords = content.keywords() == null
                ? new ArrayList<>()
                : new ArrayList<>(content.keywords().stream()
                        .map(String::strip)
                        .filter(k -> !k.isEmpty())
                        .distinct()
                        .toList());
        entry.publicationIntervalMonths = content.publicationIntervalMonths();
        entry.publishedAt = content.publishedAt() == null ? clock.instant() : content.publishedAt();
        entry.source = source;
        entry.updatedAt = clock.instant();
        if (created) {
            entry.persist();
        }
        index.changed();
        LOG.infof("Register entry %s/%s %s (%s)", opdCode, entryId, created ? "added" : "replaced", source);
        return created;
    }

    /** Removes an entry; false when there was none. */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean withdraw(String opdCode, String entryId) {
        requireOpd(opdCode);
        RegisterEntry entry = RegisterEntry.find(opdCode, entryId);
        if (entry == null) {
            return false;
        }
        entry.delete();
        index.changed();
        LOG.infof("Register entry %s/%s withdrawn", opdCode, entryId);
        return true;
    }

    /** Officers and systems edit their own OPD's register; the PPID Utama any. */
    public void requireEditor(Actor actor, String opdCode) {
        boolean allowed = switch (actor.role()) {
            case PPID_MAIN -> true;
            case PPID_OFFICER, OPD_SYSTEM -> opdCode.equals(actor.opdCode());
            default -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException(
                    "other-opd",
                    "You may only edit the register of your own OPD.",
                    "Anda hanya dapat mengubah daftar informasi OPD Anda sendiri.");
        }
    }

    public static NotFoundException entryNotFound(String opdCode, String entryId) {
        return new NotFoundException(
                "entry-not-found",
                "OPD " + opdCode + " has no register entry " + entryId + ".",
                "OPD " + opdCode + " tidak memiliki entri daftar informasi " + entryId + ".");
    }

    private static Opd requireOpd(String opdCode) {
        Opd opd = Opd.findById(opdCode);
        if (opd == null) {
            throw RoutingService.unknownOpd(opdCode);
        }
        return opd;
    }
}
