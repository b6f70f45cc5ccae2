package id.go.cilegon.ppid.routing.service;

import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.contracts.request.RequestTexts;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RequestTransferred;
import id.go.cilegon.ppid.contracts.routing.RoutingCandidate;
import id.go.cilegon.ppid.contracts.routing.RoutingMode;
import id.go.cilegon.ppid.contracts.routing.RoutingNeeded;
import id.go.cilegon.ppid.contracts.routing.RoutingNeededReason;
import id.go.cilegon.ppid.kit.outbox.Outbox;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import id.go.cilegon.ppid.kit.problem.ViolationMessages;
import id.go.cilegon.ppid.routing.config.RoutingConfig;
import id.go.cilegon.ppid.routing.domain.AccessDeniedException;
import id.go.cilegon.ppid.routing.domain.Actor;
import id.go.cilegon.ppid.routing.domain.CaseStatus;
import id.go.cilegon.ppid.routing.domain.ConflictException;
import id.go.cilegon.ppid.routing.domain.NotFoundException;
import id.go.cilegon.ppid.routing.domain.Opd;
import id.go.cilegon.ppid.routing.domain.RoutingCase;
import id.go.cilegon.ppid.routing.domain.RoutingStep;
import id.go.cilegon.ppid.routing.matching.Candidate;
import id.go.cilegon.ppid.routing.matching.Ranking;
import id.go.cilegon.ppid.routing.matching.RoutingThresholds;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Decides which OPD answers each request: automatically when the match is confident, otherwise through the
 * PPID Utama's queue; by hand when the PPID Utama assigns; again when an OPD hands a request back. Every
 * decision is one routing event with its explanation, numbered per request. The legal clock is not touched:
 * routing never changes a due date.
 */
@ApplicationScoped
public class RoutingService {

    private static final Logger LOG = Logger.getLogger(RoutingService.class);

    @Inject
    MatchIndex index;

    @Inject
    RoutingConfig config;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    /**
     * A request was submitted: routed once its texts are in too (they travel on their own topic, in either order). A
     * request already known (redelivered under another id) is left alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onSubmitted(RequestSubmitted submitted) {
        Instant now = clock.instant();
        RoutingCase routingCase = caseOf(submitted.requestId(), now);
        if (routingCase.registrationNumber != null) {
            LOG.debugf("Request %s is already known to routing", submitted.requestId());
            return;
        }
        routingCase.registrationNumber = submitted.registrationNumber();
        routingCase.filingOpdCode = submitted.filingOpdCode();
        routingCase.receivedAt = submitted.receivedAt();
        routingCase.dueDate = submitted.dueDate();
        routingCase.updatedAt = now;
        routeWhenComplete(routingCase, now);
    }

    /** The applicant's words of a request: routed once the request itself is in too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onTexts(RequestTexts texts) {
        Instant now = clock.instant();
        RoutingCase routingCase = caseOf(texts.requestId(), now);
        if (routingCase.informationDetails != null) {
            return;
        }
        routingCase.informationDetails = texts.informationDetails();
        routingCase.purpose = texts.purpose();
        routingCase.updatedAt = now;
        routeWhenComplete(routingCase, now);
    }

    /** The request's personal data was erased (UU 27/2022): routing forgets the applicant's words. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onTextsErased(UUID requestId) {
        int erased = RoutingCase.update(
                "informationDetails = null, purpose = null where requestId = ?1 and informationDetails is not null",
                requestId);
        if (erased > 0) {
            LOG.infof("Texts of request %s erased", requestId);
        }
    }

    /**
     * Requests whose texts have not come within {@code ppid.routing.texts-wait} go to the PPID Utama's queue without
     * them (no OPD matched nothing): a lost record must not leave a request unrouted while its deadline runs.
     */
    @Scheduled(
            identity = "routing-texts-wait",
            every = "${ppid.routing.texts-check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void queueRequestsWithoutTexts() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<UUID> waiting = RoutingCase.getEntityManager()
                .createNativeQuery("select request_id from routing_case where status = 'PENDING' "
                        + "and registration_number is not null and information_details is null and created_at < ?1 "
                        + "for update skip locked")
                .setParameter(1, now.minus(config.textsWait()))
                .getResultList();
        for (UUID requestId : waiting) {
            RoutingCase routingCase = RoutingCase.findById(requestId);
            LOG.warnf("Request %s queued without its texts: none came within %s", requestId, config.textsWait());
            queue(routingCase, RoutingNeededReason.NO_MATCH, rank(routingCase, Set.of()), now, Actor.system());
        }
    }

    /**
     * The case of a request, created by whichever of its two records comes first, and locked: the other record's
     * transaction waits for it, so exactly one of them finds the case complete.
     */
    private static RoutingCase caseOf(UUID requestId, Instant now) {
        RoutingCase.getEntityManager()
                .createNativeQuery("insert into routing_case (request_id, status, created_at, updated_at) "
                        + "values (?1, 'PENDING', ?2, ?2) on conflict (request_id) do nothing")
                .setParameter(1, requestId)
                .setParameter(2, now)
                .executeUpdate();
        return RoutingCase.findById(requestId, LockModeType.PESSIMISTIC_WRITE);
    }

    private void routeWhenComplete(RoutingCase routingCase, Instant now) {
        if (routingCase.status == CaseStatus.PENDING
                && routingCase.registrationNumber != null
                && routingCase.informationDetails != null) {
            routeAutomatically(routingCase, now);
        }
    }

    /**
     * The answer's due date moved (an extension, or the calendar changed and request-service counted it again): the
     * PPID Utama's queue, ordered by it, shows the new date.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onDueDateMoved(UUID requestId, java.time.LocalDate dueDate) {
        RoutingCase routingCase = RoutingCase.findById(requestId, LockModeType.PESSIMISTIC_WRITE);
        if (routingCase != null && routingCase.status != CaseStatus.CLOSED && !dueDate.equals(routingCase.dueDate)) {
            routingCase.dueDate = dueDate;
            routingCase.updatedAt = clock.instant();
        }
    }

    /** The request was answered or withdrawn: it leaves the queue and can no longer be transferred. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onClosed(UUID requestId, String why, Instant at) {
        RoutingCase routingCase = RoutingCase.findById(requestId, LockModeType.PESSIMISTIC_WRITE);
        if (routingCase == null) {
            LOG.infof("Request %s was %s before routing-service knew it; nothing to close", requestId, why);
            return;
        }
        if (routingCase.status == CaseStatus.CLOSED) {
            return;
        }
        routingCase.status = CaseStatus.CLOSED;
        routingCase.closedReason = why;
        routingCase.updatedAt = clock.instant();
        RoutingStep step = RoutingStep.of(requestId, RoutingStep.Kind.CLOSED, at, Actor.system());
        step.reason = why;
        step.opdCode = routingCase.assignedOpdCode;
        step.persist();
        LOG.infof("Request %s closed for routing (%s)", requestId, why);
    }

    /** The PPID Utama assigns (or reassigns) a request to an OPD of their choice. */
    @Transactional
    public RoutingCase assign(UUID requestId, String opdCode, String note, Actor actor) {
        RoutingCase routingCase = lock(requestId);
        requireOpen(routingCase);
        Opd opd = requireActiveOpd(opdCode, "opdCode");
        if (routingCase.status == CaseStatus.ROUTED && opd.code.equals(routingCase.assignedOpdCode)) {
            throw new ConflictException(
                    "already-assigned",
                    "The request is already assigned to " + opd.code + ".",
                    "Permohonan ini sudah ditugaskan ke " + opd.code + ".");
        }
        Ranking ranking = rank(routingCase, Set.of());
        Optional<Candidate> match = ranking.of(opd.code);
        Optional<Candidate> other = ranking.candidates().stream()
                .filter(c -> !c.opdCode().equals(opd.code))
                .findFirst();
        route(routingCase, opd.code, RoutingMode.MANUAL, match, other, clock.instant(), actor, note);
        return routingCase;
    }

    /**
     * The assigned OPD's officer hands the request back, optionally naming the right OPD. The request goes to the
     * suggested OPD, or is routed again automatically (never back to an OPD that returned it), or waits in the
     * queue; after {@code ppid.routing.transfer-limit} transfers it always goes to the queue.
     */
    @Transactional
    public RoutingCase transfer(UUID requestId, String reason, String suggestedOpdCode, Actor actor) {
        RoutingCase routingCase = lock(requestId);
        requireOpen(routingCase);
        if (routingCase.status != CaseStatus.ROUTED || !actor.opdCode().equals(routingCase.assignedOpdCode)) {
            throw new AccessDeniedException(
                    "not-assigned-to-your-opd",
                    "Only the OPD this request is assigned to (" + describe(routingCase.assignedOpdCode)
                            + ") may hand it back.",
                    "Hanya OPD yang ditugaskan (" + describe(routingCase.assignedOpdCode)
                            + ") yang dapat mengembalikan permohonan ini.");
        }
        Opd suggested = null;
        if (suggestedOpdCode != null) {
            if (suggestedOpdCode.equals(actor.opdCode())) {
                throw new InvalidInputException(
                        List.of(ViolationMessages.message("suggestedOpdCode", "ppid.opd.same", Map.of())));
            }
            suggested = Opd.findById(suggestedOpdCode);
            if (suggested == null) {
                throw new InvalidInputException(List.of(ViolationMessages.message(
                        "suggestedOpdCode", "ppid.opd.unknown", Map.of("code", suggestedOpdCode))));
            }
        }
        Instant now = clock.instant();
        String from = routingCase.assignedOpdCode;
        routingCase.transferCount++;
        if (!routingCase.returnedBy.contains(from)) {
            routingCase.returnedBy.add(from);
        }
        routingCase.assignedOpdCode = null;
        routingCase.lastOpdCode = from;
        routingCase.updatedAt = now;
        outbox.append(
                new RequestTransferred(
                        routingCase.requestId,
                        routingCase.nextSequence(),
                        from,
                        suggestedOpdCode,
                        reason,
                        routingCase.transferCount,
                        now),
                key(routingCase),
                now);
        RoutingStep step = RoutingStep.of(routingCase.requestId, RoutingStep.Kind.TRANSFERRED, now, actor);
        step.opdCode = from;
        step.note = reason;
        step.reason = suggestedOpdCode == null ? null : "suggested " + suggestedOpdCode;
        step.persist();
        LOG.infof("Request %s handed back by %s (transfer %d)", routingCase.requestId, from, routingCase.transferCount);

        if (routingCase.transferCount >= config.transferLimit()) {
            Ranking ranking = rank(routingCase, new HashSet<>(routingCase.returnedBy));
            queue(routingCase, RoutingNeededReason.TRANSFER_LIMIT, ranking, now, Actor.system());
        } else if (suggested != null && suggested.active) {
            Ranking ranking = rank(routingCase, Set.of());
            String code = suggested.code;
            route(
                    routingCase,
                    code,
                    RoutingMode.SUGGESTED_BY_OPD,
                    ranking.of(code),
                    ranking.candidates().stream()
                            .filter(c -> !c.opdCode().equals(code))
                            .findFirst(),
                    now,
                    Actor.system(),
                    "Suggested by " + from);
        } else if (suggested != null) {
            Ranking ranking = rank(routingCase, new HashSet<>(routingCase.returnedBy));
            queue(routingCase, RoutingNeededReason.SUGGESTED_OPD_INACTIVE, ranking, now, Actor.system());
        } else {
            routeAutomatically(routingCase, now);
        }
        return routingCase;
    }

    /** What automatic routing would do with a text, without routing anything: for checking duties and settings. */
    public Preview preview(String details, String purpose) {
        Ranking ranking = index.current().rank(details, purpose == null ? "" : purpose, Set.of());
        RoutingThresholds.Verdict verdict = config.thresholds().judge(ranking);
        return new Preview(
                verdict,
                ranking.best()
                        .filter(c -> verdict == RoutingThresholds.Verdict.CONFIDENT)
                        .map(Candidate::opdCode)
                        .orElse(null),
                ranking.queryTerms(),
                ranking.top(config.reportedCandidates() + 2).stream()
                        .map(RoutingService::candidate)
                        .toList());
    }

    /** Outcome of {@link #preview}. */
    public record Preview(
            RoutingThresholds.Verdict verdict,
            String opdCode,
            List<String> queryTerms,
            List<RoutingCandidate> candidates) {}

    private void routeAutomatically(RoutingCase routingCase, Instant now) {
        Ranking ranking = rank(routingCase, new HashSet<>(routingCase.returnedBy));
        RoutingThresholds.Verdict verdict = config.thresholds().judge(ranking);
        if (verdict == RoutingThresholds.Verdict.CONFIDENT) {
            Candidate best = ranking.best().orElseThrow();
            route(
                    routingCase,
                    best.opdCode(),
                    RoutingMode.AUTOMATIC,
                    Optional.of(best),
                    ranking.runnerUp(),
                    now,
                    Actor.system(),
                    null);
        } else {
            queue(
                    routingCase,
                    verdict == RoutingThresholds.Verdict.NO_MATCH
                            ? RoutingNeededReason.NO_MATCH
                            : RoutingNeededReason.LOW_CONFIDENCE,
                    ranking,
                    now,
                    Actor.system());
        }
    }

    private void route(
            RoutingCase routingCase,
            String opdCode,
            RoutingMode mode,
            Optional<Candidate> match,
            Optional<Candidate> runnerUp,
            Instant now,
            Actor actor,
            String note) {
        // lastOpdCode is the OPD it was last assigned to, whether it is still there or was handed back.
        String previous = routingCase.lastOpdCode;
        double score = match.map(Candidate::score).orElse(0.0);
        List<String> terms = match.map(Candidate::matchedTerms).orElse(List.of());
        routingCase.status = CaseStatus.ROUTED;
        routingCase.assignedOpdCode = opdCode;
        routingCase.lastOpdCode = opdCode;
        routingCase.queueReason = null;
        routingCase.queuedAt = null;
        routingCase.candidates =
                new java.util.ArrayList<>(match.map(c -> List.of(candidate(c))).orElse(List.of()));
        runnerUp.ifPresent(c -> routingCase.candidates.add(candidate(c)));
        routingCase.updatedAt = now;
        long sequence = routingCase.nextSequence();
        // Each OPD's share of the automatic routes, watched by PpidRoutingShareJump (deploy/): a register that
        // suddenly pulls many more requests deserves a look.
        metrics.counter(
                        "ppid.routing.routed",
                        "opd",
                        opdCode,
                        "mode",
                        mode.name().toLowerCase(Locale.ROOT))
                .increment();
        outbox.append(
                new RequestRouted(
                        routingCase.requestId,
                        sequence,
                        opdCode,
                        previous,
                        mode,
                        score,
                        terms,
                        runnerUp.map(RoutingService::candidate).orElse(null),
                        routingCase.transferCount,
                        now),
                key(routingCase),
                now);
        RoutingStep step = RoutingStep.of(routingCase.requestId, RoutingStep.Kind.ROUTED, now, actor);
        step.opdCode = opdCode;
        step.mode = mode;
        step.score = score;
        step.matchedTerms = terms;
        step.note = note;
        step.persist();
        LOG.infof(
                "Request %s routed to %s (%s, score %.3f, runner-up %s)",
                routingCase.requestId,
                opdCode,
                mode,
                score,
                runnerUp.map(c -> c.opdCode() + " " + c.score()).orElse("-"));
    }

    private void queue(RoutingCase routingCase, RoutingNeededReason reason, Ranking ranking, Instant now, Actor actor) {
        List<RoutingCandidate> candidates = ranking.top(config.reportedCandidates()).stream()
                .map(RoutingService::candidate)
                .toList();
        String previous = routingCase.lastOpdCode;
        routingCase.status = CaseStatus.QUEUED;
        routingCase.assignedOpdCode = null;
        routingCase.queueReason = reason;
        routingCase.queuedAt = now;
        routingCase.candidates = new java.util.ArrayList<>(candidates);
        routingCase.updatedAt = now;
        long sequence = routingCase.nextSequence();
        outbox.append(
                new RoutingNeeded(
                        routingCase.requestId, sequence, reason, candidates, previous, routingCase.transferCount, now),
                key(routingCase),
                now);
        RoutingStep step = RoutingStep.of(routingCase.requestId, RoutingStep.Kind.QUEUED, now, actor);
        step.reason = reason.name();
        step.persist();
        LOG.infof(
                "Request %s queued for the PPID Utama: %s (best %s)",
                routingCase.requestId,
                reason,
                ranking.best().map(c -> c.opdCode() + " " + c.score()).orElse("-"));
    }

    /** The ranking of the applicant's words; empty once they were erased (or never came). */
    private Ranking rank(RoutingCase routingCase, Set<String> excluded) {
        return index.current()
                .rank(
                        Objects.requireNonNullElse(routingCase.informationDetails, ""),
                        Objects.requireNonNullElse(routingCase.purpose, ""),
                        excluded);
    }

    private static RoutingCandidate candidate(Candidate c) {
        return new RoutingCandidate(c.opdCode(), c.score(), c.matchedTerms());
    }

    private static RoutingCase lock(UUID requestId) {
        RoutingCase routingCase = RoutingCase.findById(requestId, LockModeType.PESSIMISTIC_WRITE);
        if (routingCase == null) {
            throw RoutingQueries.notFound(requestId);
        }
        return routingCase;
    }

    private static void requireOpen(RoutingCase routingCase) {
        if (routingCase.status == CaseStatus.CLOSED) {
            throw new ConflictException(
                    "request-closed",
                    "The request was " + routingCase.closedReason.toLowerCase(java.util.Locale.ROOT)
                            + "; it can no longer be routed.",
                    "Permohonan sudah " + ("WITHDRAWN".equals(routingCase.closedReason) ? "dicabut" : "dijawab")
                            + "; tidak dapat dialihkan lagi.");
        }
    }

    static Opd requireActiveOpd(String opdCode, String field) {
        Opd opd = Opd.findById(opdCode);
        if (opd == null) {
            throw new InvalidInputException(
                    List.of(ViolationMessages.message(field, "ppid.opd.unknown", Map.of("code", opdCode))));
        }
        if (!opd.active) {
            throw new InvalidInputException(
                    List.of(ViolationMessages.message(field, "ppid.opd.inactive", Map.of("code", opdCode))));
        }
        return opd;
    }

    private static String key(RoutingCase routingCase) {
        return routingCase.requestId.toString();
    }

    private static String describe(String opdCode) {
        return opdCode == null ? "-" : opdCode;
    }

    static NotFoundException unknownOpd(String code) {
        return new NotFoundException(
                "opd-not-found", "No OPD with code " + code + ".", "Tidak ada OPD dengan kode " + code + ".");
    }
}
