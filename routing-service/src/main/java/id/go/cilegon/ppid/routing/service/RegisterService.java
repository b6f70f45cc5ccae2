package id.go.cilegon.ppid.routing.service;

import id.go.cilegon.ppid.contracts.common.InformationCategory;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import id.go.cilegon.ppid.kit.problem.ViolationMessages;
import id.go.cilegon.ppid.routing.config.RoutingConfig;
import id.go.cilegon.ppid.routing.domain.AccessDeniedException;
import id.go.cilegon.ppid.routing.domain.Actor;
import id.go.cilegon.ppid.routing.domain.ConflictException;
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
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Each OPD's register of public information (DIP), from OPD systems' events and from REST. Every change is
 * evidence of what the OPD holds, so it marks the routing index for a rebuild.
 *
 * <p>An entry's keywords steer routing more directly than its text, so an OPD cannot set them alone: keywords an
 * officer, an OPD system or an OPD's event gives are a <b>proposal</b> that waits for the PPID Utama, who accepts it
 * (all or some of it, at most {@code ppid.routing.register.max-keywords}) or refuses it. Until then routing uses the
 * keywords accepted before. Keywords the PPID Utama writes take effect at once.
 */
@ApplicationScoped
public class RegisterService {

    private static final Logger LOG = Logger.getLogger(RegisterService.class);

    @Inject
    MatchIndex index;

    @Inject
    Clock clock;

    @Inject
    RoutingConfig config;

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

    /** Adds or replaces an entry on behalf of {@code actor}; returns whether it was new. */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean upsert(
            String opdCode, String entryId, EntryContent content, RegisterEntry.Source source, Actor actor) {
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
        List<String> keywords = content.keywords() == null
                ? List.of()
                : content.keywords().stream()
                        .map(String::strip)
                        .filter(k -> !k.isEmpty())
                        .distinct()
                        .toList();
        if (actor.role() == Actor.Role.PPID_MAIN) {
            requireAtMostMax(keywords);
            entry.keywords = new ArrayList<>(keywords);
            clearProposal(entry);
        } else if (Set.copyOf(keywords).equals(Set.copyOf(entry.keywords))) {
            clearProposal(entry);
        } else {
            entry.proposedKeywords = new ArrayList<>(keywords);
            entry.keywordsProposedAt = clock.instant();
            entry.keywordsProposedBy = actor.subject();
        }
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

    /** The entries whose keyword proposals wait for the PPID Utama, oldest first. */
    public List<RegisterEntry> proposals() {
        return RegisterEntry.list("proposedKeywords is not null", Sort.by("keywordsProposedAt"));
    }

    /**
     * The PPID Utama accepts a keyword proposal: {@code chosen} (all of it when null), at most
     * {@code ppid.routing.register.max-keywords}, each one proposed. Routing uses them from now on.
     */
    @Transactional
    public RegisterEntry acceptKeywords(String opdCode, String entryId, List<String> chosen, Actor actor) {
        RegisterEntry entry = proposalOf(opdCode, entryId, actor);
        List<String> accepted = chosen == null
                ? entry.proposedKeywords
                : chosen.stream().map(String::strip).distinct().toList();
        if (!entry.proposedKeywords.containsAll(accepted)) {
            throw new ConflictException(
                    "keywords-not-proposed",
                    "Only keywords the OPD proposed can be accepted; the proposal is " + entry.proposedKeywords + ".",
                    "Hanya kata kunci yang diusulkan OPD yang dapat diterima; usulannya " + entry.proposedKeywords
                            + ".");
        }
        requireAtMostMax(accepted);
        entry.keywords = new ArrayList<>(accepted);
        clearProposal(entry);
        entry.updatedAt = clock.instant();
        index.changed();
        LOG.infof("Register entry %s/%s: keywords %s accepted by %s", opdCode, entryId, accepted, actor.subject());
        return entry;
    }

    /** The PPID Utama refuses a keyword proposal; the accepted keywords stay as they are. */
    @Transactional
    public RegisterEntry refuseKeywords(String opdCode, String entryId, String reason, Actor actor) {
        RegisterEntry entry = proposalOf(opdCode, entryId, actor);
        LOG.infof(
                "Register entry %s/%s: keywords %s refused by %s: %s",
                opdCode, entryId, entry.proposedKeywords, actor.subject(), reason);
        clearProposal(entry);
        entry.updatedAt = clock.instant();
        return entry;
    }

    private RegisterEntry proposalOf(String opdCode, String entryId, Actor actor) {
        if (actor.role() != Actor.Role.PPID_MAIN) {
            throw new AccessDeniedException(
                    "ppid-main-only",
                    "Only the PPID Utama decides on an OPD's register keywords.",
                    "Hanya PPID Utama yang memutuskan kata kunci daftar informasi OPD.");
        }
        requireOpd(opdCode);
        RegisterEntry entry = RegisterEntry.find(opdCode, entryId);
        if (entry == null) {
            throw entryNotFound(opdCode, entryId);
        }
        if (entry.proposedKeywords == null) {
            throw new ConflictException(
                    "no-keyword-proposal",
                    "No keyword proposal waits for entry " + entryId + " of " + opdCode + ".",
                    "Tidak ada usulan kata kunci untuk entri " + entryId + " milik " + opdCode + ".");
        }
        return entry;
    }

    private void requireAtMostMax(List<String> keywords) {
        int max = config.register().maxKeywords();
        if (keywords.size() > max) {
            throw new InvalidInputException(
                    List.of(ViolationMessages.message("keywords", "ppid.count", Map.of("max", max))));
        }
    }

    private static void clearProposal(RegisterEntry entry) {
        entry.proposedKeywords = null;
        entry.keywordsProposedAt = null;
        entry.keywordsProposedBy = null;
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
