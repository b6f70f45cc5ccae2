package id.go.cilegon.ppid.routing.rest;

import id.go.cilegon.ppid.contracts.common.InformationCategory;
import id.go.cilegon.ppid.contracts.directory.OpdKind;
import id.go.cilegon.ppid.contracts.routing.RoutingCandidate;
import id.go.cilegon.ppid.contracts.routing.RoutingMode;
import id.go.cilegon.ppid.contracts.routing.RoutingNeededReason;
import id.go.cilegon.ppid.routing.domain.CaseStatus;
import id.go.cilegon.ppid.routing.domain.Opd;
import id.go.cilegon.ppid.routing.domain.RegisterEntry;
import id.go.cilegon.ppid.routing.domain.RoutingCase;
import id.go.cilegon.ppid.routing.domain.RoutingStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the API answers. */
public final class Views {

    private Views() {}

    /** A directory entry with its routing keywords. */
    public record OpdView(
            String opdCode,
            String name,
            String shortName,
            OpdKind kind,
            String duties,
            List<String> keywords,
            String deskEmail,
            String deskPhone,
            String webhookUrl,
            String webhookSecretRef,
            boolean active,
            long version,
            Instant updatedAt) {

        static OpdView of(Opd opd) {
            return new OpdView(
                    opd.code,
                    opd.name,
                    opd.shortName,
                    opd.kind,
                    opd.duties,
                    List.copyOf(opd.keywords),
                    opd.deskEmail,
                    opd.deskPhone,
                    opd.webhookUrl,
                    opd.webhookSecretRef,
                    opd.active,
                    opd.version,
                    opd.updatedAt);
        }
    }

    /** A register entry. */
    public record RegisterEntryView(
            String opdCode,
            String entryId,
            String title,
            String summary,
            InformationCategory category,
            List<String> keywords,
            List<String> proposedKeywords,
            Instant keywordsProposedAt,
            Integer publicationIntervalMonths,
            Instant publishedAt,
            RegisterEntry.Source source,
            Instant updatedAt) {

        static RegisterEntryView of(RegisterEntry e) {
            return new RegisterEntryView(
                    e.opdCode,
                    e.entryId,
                    e.title,
                    e.summary,
                    e.category,
                    List.copyOf(e.keywords),
                    e.proposedKeywords == null ? null : List.copyOf(e.proposedKeywords),
                    e.keywordsProposedAt,
                    e.publicationIntervalMonths,
                    e.publishedAt,
                    e.source,
                    e.updatedAt);
        }
    }

    /** A request's routing state; {@code candidates} is the last explanation (chosen OPD and runner-up, or queue candidates). */
    public record CaseView(
            UUID requestId,
            String registrationNumber,
            CaseStatus status,
            String assignedOpdCode,
            String previousOpdCode,
            RoutingNeededReason queueReason,
            Instant queuedAt,
            LocalDate dueDate,
            Instant receivedAt,
            String informationDetails,
            String purpose,
            int transferCount,
            List<String> returnedBy,
            List<RoutingCandidate> candidates,
            List<StepView> history) {

        static CaseView of(RoutingCase c, List<RoutingStep> history) {
            String previous = c.status == CaseStatus.ROUTED ? null : c.lastOpdCode;
            return new CaseView(
                    c.requestId,
                    c.registrationNumber,
                    c.status,
                    c.assignedOpdCode,
                    previous,
                    c.queueReason,
                    c.queuedAt,
                    c.dueDate,
                    c.receivedAt,
                    c.informationDetails,
                    c.purpose,
                    c.transferCount,
                    List.copyOf(c.returnedBy),
                    List.copyOf(c.candidates),
                    history == null ? null : history.stream().map(StepView::of).toList());
        }
    }

    /** One step of the routing history. */
    public record StepView(
            Instant occurredAt,
            RoutingStep.Kind step,
            String opdCode,
            RoutingMode mode,
            String reason,
            Double score,
            List<String> matchedTerms,
            String note,
            String actorOpd,
            boolean bySystem) {

        static StepView of(RoutingStep s) {
            return new StepView(
                    s.occurredAt,
                    s.step,
                    s.opdCode,
                    s.mode,
                    s.reason,
                    s.score,
                    List.copyOf(s.matchedTerms),
                    s.note,
                    s.actorOpd,
                    "routing-service".equals(s.actorSubject));
        }
    }
}
