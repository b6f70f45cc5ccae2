package id.go.cilegon.ppid.notification.messaging;

import id.go.cilegon.ppid.calendar.LiveCalendar;
import id.go.cilegon.ppid.calendar.Side;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.RequestEvent;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import id.go.cilegon.ppid.contracts.common.WrittenNotice;
import id.go.cilegon.ppid.contracts.request.DateChange;
import id.go.cilegon.ppid.contracts.request.DeadlinesRecalculated;
import id.go.cilegon.ppid.contracts.request.DisputeFiled;
import id.go.cilegon.ppid.contracts.request.NoticeReceived;
import id.go.cilegon.ppid.contracts.request.ObjectionDecided;
import id.go.cilegon.ppid.contracts.request.ObjectionFiled;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.contracts.request.RequestExtended;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.contracts.request.RequestWithdrawn;
import id.go.cilegon.ppid.contracts.sla.Recipient;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.kit.messaging.ConsumedEvent;
import id.go.cilegon.ppid.kit.messaging.EventHandler;
import id.go.cilegon.ppid.kit.messaging.EventRejectedException;
import id.go.cilegon.ppid.kit.messaging.ProcessedEvents;
import id.go.cilegon.ppid.notification.config.DeadlineConfig;
import id.go.cilegon.ppid.notification.domain.Deadline;
import id.go.cilegon.ppid.notification.domain.TrackedRequest;
import id.go.cilegon.ppid.notification.domain.TrackedRequest.Status;
import id.go.cilegon.ppid.notification.service.Announcements;
import id.go.cilegon.ppid.notification.service.Clocks;
import id.go.cilegon.ppid.notification.service.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Starts, moves and stops the clocks from request-service's lifecycle events and writes the applicant's
 * messages: receipt, extension, decision, withdrawal, objection received and decided.
 */
@ApplicationScoped
public class RequestEventHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(RequestEventHandler.class);
    private static final String CONSUMER = "notification-service.requests";

    @Inject
    ProcessedEvents processed;

    @Inject
    Requests requests;

    @Inject
    Clocks clocks;

    @Inject
    Messages messages;

    @Inject
    Announcements announcements;

    @Inject
    LiveCalendar live;

    @Inject
    DeadlineConfig deadlines;

    @Inject
    Clock clock;

    @Override
    public Set<String> types() {
        return Set.of(
                EventTypes.REQUEST_SUBMITTED,
                EventTypes.REQUEST_EXTENDED,
                EventTypes.REQUEST_DECIDED,
                EventTypes.REQUEST_WITHDRAWN,
                EventTypes.REQUEST_OBJECTION_FILED,
                EventTypes.REQUEST_OBJECTION_DECIDED,
                EventTypes.REQUEST_DISPUTE_FILED,
                EventTypes.REQUEST_DEADLINES_RECALCULATED,
                EventTypes.REQUEST_NOTICE_RECEIVED);
    }

    @Override
    public void apply(ConsumedEvent event) {
        RequestEvent payload = event.keyedPayload(RequestEvent.class);
        if (!processed.firstDelivery(CONSUMER, event.meta().id())) {
            return;
        }
        TrackedRequest request = requests.lock(payload.requestId(), clock.instant());
        if (!(payload instanceof RequestSubmitted) && request.status == Status.NEW) {
            throw new EventRejectedException("request " + payload.requestId() + " is unknown: "
                    + event.meta().type() + " arrived before request.submitted");
        }
        if (payload.sequence() <= request.requestSequence) {
            LOG.debugf(
                    "Ignoring stale request event %d for %s (at %d)",
                    (Object) payload.sequence(), request.requestId, (Object) request.requestSequence);
            return;
        }
        request.requestSequence = payload.sequence();
        request.updatedAt = clock.instant();
        if (payload instanceof RequestSubmitted submitted) {
            submitted(request, submitted);
        } else if (payload instanceof RequestExtended extended) {
            extended(request, extended);
        } else if (payload instanceof RequestDecided decided) {
            decided(request, decided);
        } else if (payload instanceof RequestWithdrawn) {
            request.status = Status.WITHDRAWN;
            clocks.stopAll(request.requestId, "request withdrawn");
            messages.toApplicant(
                    request,
                    "request-withdrawn",
                    "withdrawn",
                    Messages.data("registrationNumber", request.registrationNumber));
        } else if (payload instanceof ObjectionFiled objection) {
            objectionFiled(request, objection);
        } else if (payload instanceof ObjectionDecided decided) {
            objectionDecided(request, decided);
        } else if (payload instanceof DisputeFiled) {
            request.status = Status.DISPUTED;
            clocks.stop(request.requestId, SlaClock.DISPUTE_WINDOW, "dispute filed with the Komisi Informasi");
        } else if (payload instanceof DeadlinesRecalculated recalculated) {
            recalculated(request, recalculated);
        } else if (payload instanceof NoticeReceived received) {
            noticeReceived(request, received);
        }
    }

    /**
     * The applicant received a written notice later than it was issued (collected at the desk, by post): the window
     * that counts from it, if its clock still runs, now ends on the later day; its reminders follow.
     */
    private void noticeReceived(TrackedRequest request, NoticeReceived received) {
        SlaClock window =
                received.notice() == WrittenNotice.DECISION ? SlaClock.OBJECTION_WINDOW : SlaClock.DISPUTE_WINDOW;
        Deadline.of(request.requestId, window)
                .filter(deadline ->
                        deadline.state == Deadline.State.RUNNING && deadline.dueDate.isBefore(received.windowEnd()))
                .ifPresent(deadline -> clocks.start(request, window, received.windowEnd(), deadline.startedOn));
        LOG.infof(
                "Request %s: %s %d received on %s (%s); window until %s",
                request.requestId,
                received.notice(),
                received.noticeNumber(),
                received.receivedDate(),
                received.channel(),
                received.windowEnd());
    }

    /**
     * The calendar changed and request-service counted the dates again: each running clock moves to its new date (its
     * ladder planned anew). Whoever a moved clock concerns is told once: the applicant, and the desk for the answer
     * (the PPID Utama while unassigned) or the Atasan PPID for the objection. A date whose clock no longer runs (an
     * answered request's due date) changes nothing here and nobody is told.
     */
    private void recalculated(TrackedRequest request, DeadlinesRecalculated recalculated) {
        Map<String, String> data =
                Messages.data("registrationNumber", request.registrationNumber, "reason", recalculated.reason());
        java.util.Set<SlaClock> moved = java.util.EnumSet.noneOf(SlaClock.class);
        for (DateChange change : recalculated.changes()) {
            SlaClock slaClock = switch (change.date()) {
                case "dueDate" -> {
                    if (request.originalDueDate == null || request.originalDueDate.equals(change.previous())) {
                        request.originalDueDate = change.current();
                    }
                    yield SlaClock.ANSWER;
                }
                case "previousDueDate" -> {
                    request.originalDueDate = change.current();
                    yield null;
                }
                case "unansweredObjectionDeadline" -> {
                    request.unansweredObjectionDeadline = change.current();
                    yield SlaClock.OBJECTION_WINDOW;
                }
                case "objectionDeadline" -> SlaClock.OBJECTION_WINDOW;
                case "decisionDueDate" -> SlaClock.OBJECTION_DECISION;
                case "unansweredDisputeDeadline" -> {
                    request.unansweredDisputeDeadline = change.current();
                    yield SlaClock.DISPUTE_WINDOW;
                }
                case "disputeDeadline" -> SlaClock.DISPUTE_WINDOW;
                default -> {
                    LOG.warnf("Request %s: unknown recalculated date %s ignored", request.requestId, change.date());
                    yield null;
                }
            };
            if (slaClock != null && move(request, slaClock, change)) {
                moved.add(slaClock);
                // The message lists each moved date with the one it replaces, e.g. dueDate and previousDueDate.
                data.put(change.date(), change.current().toString());
                data.put(
                        "previous" + Character.toUpperCase(change.date().charAt(0))
                                + change.date().substring(1),
                        change.previous().toString());
            }
        }
        LOG.infof(
                "Request %s: dates recalculated (%s): %s; clocks moved: %s",
                request.requestId, recalculated.reason(), recalculated.changes(), moved);
        if (moved.isEmpty()) {
            return;
        }
        Messages.provisional(data, recalculated.provisional());
        String step = "recalculated-" + recalculated.sequence();
        messages.toApplicant(request, "dates-recalculated", step, data);
        if (moved.contains(SlaClock.ANSWER)) {
            if (request.assignedOpdCode != null) {
                messages.toOpd(request.requestId, request.assignedOpdCode, "dates-recalculated", step, data);
            } else {
                messages.toOfficial(request.requestId, Recipient.PPID_MAIN, "dates-recalculated", step, data);
            }
        }
        if (moved.contains(SlaClock.OBJECTION_DECISION)) {
            messages.toOfficial(request.requestId, Recipient.PPID_SUPERIOR, "dates-recalculated", step, data);
        }
    }

    /**
     * Moves {@code slaClock} to the changed date if it runs to the date before; a stopped clock stays stopped. Returns
     * whether it moved.
     */
    private boolean move(TrackedRequest request, SlaClock slaClock, DateChange change) {
        Optional<Deadline> running = Deadline.of(request.requestId, slaClock)
                .filter(deadline ->
                        deadline.state == Deadline.State.RUNNING && deadline.dueDate.equals(change.previous()));
        running.ifPresent(deadline -> clocks.start(request, slaClock, change.current(), deadline.startedOn));
        return running.isPresent();
    }

    private void submitted(TrackedRequest request, RequestSubmitted submitted) {
        request.registrationNumber = submitted.registrationNumber();
        request.applicantId = submitted.applicantId();
        request.receivedDate = submitted.receivedDate();
        request.originalDueDate = submitted.dueDate();
        request.unansweredObjectionDeadline = submitted.unansweredObjectionDeadline();
        request.status = Status.OPEN;
        clocks.start(request, SlaClock.ANSWER, submitted.dueDate(), submitted.receivedDate());
        Map<String, String> data = Messages.data(
                "registrationNumber",
                submitted.registrationNumber(),
                "receivedDate",
                submitted.receivedDate(),
                "dueDate",
                submitted.dueDate());
        Messages.provisional(data, submitted.provisional());
        messages.toApplicant(request, "request-received", "receipt", data);
        // A routing event may have arrived first (the two topics are read independently): announce it now.
        announcements.assignment(request, null);
        LOG.infof(
                "Request %s (%s) received, answer due %s",
                request.requestId, request.registrationNumber, submitted.dueDate());
    }

    private void extended(TrackedRequest request, RequestExtended extended) {
        if (extended.unansweredObjectionDeadline() != null) {
            request.unansweredObjectionDeadline = extended.unansweredObjectionDeadline();
        }
        clocks.start(request, SlaClock.ANSWER, extended.dueDate(), request.receivedDate);
        Map<String, String> data = Messages.data(
                "registrationNumber",
                request.registrationNumber,
                "reason",
                extended.reason(),
                "previousDueDate",
                extended.previousDueDate(),
                "dueDate",
                extended.dueDate());
        Messages.provisional(data, extended.provisional());
        messages.toApplicant(request, "request-extended", "extended-" + extended.dueDate(), data);
    }

    private void decided(TrackedRequest request, RequestDecided decided) {
        request.status = Status.DECIDED;
        clocks.stop(request.requestId, SlaClock.ANSWER, "answered: " + decided.decision());
        LocalDate objectionDeadline = decided.objectionDeadline();
        // The whole written notice of Pasal 22(7): a walk-in applicant without an account gets nothing else.
        DecisionNotice notice = decided.notice();
        Map<String, String> data = Messages.data(
                "registrationNumber",
                request.registrationNumber,
                "decision",
                decided.decision(),
                "summary",
                notice.summary(),
                "exemptionReason",
                notice.exemptionReason(),
                "notHeldPart",
                notice.notHeldPart(),
                "holderName",
                notice.holderName(),
                "format",
                notice.format(),
                "delivery",
                notice.delivery(),
                "availableFrom",
                notice.availableFrom(),
                "feeRupiah",
                notice.feeRupiah(),
                "feeExplanation",
                notice.feeExplanation(),
                "paymentInstructions",
                notice.paymentInstructions(),
                "decidedDate",
                decided.decidedDate(),
                "onTime",
                decided.onTime(),
                "decisionNumber",
                decided.decisionNumber(),
                "correctsDecision",
                decided.decisionNumber() != null && decided.decisionNumber() > 1 ? decided.decisionNumber() - 1 : null);
        if (objectionDeadline == null) {
            // An event of an older request-service: counted here, on the applicant's side of the calendar.
            objectionDeadline = live.current()
                    .addWorkingDays(decided.decidedDate(), deadlines.objectionWindowWorkingDays(), Side.APPLICANT);
            Messages.provisional(
                    data, "objectionDeadline", clocks.provisionalYears(decided.decidedDate(), objectionDeadline));
        } else {
            Messages.provisional(data, decided.provisional());
        }
        clocks.start(request, SlaClock.OBJECTION_WINDOW, objectionDeadline, decided.decidedDate());
        String grounds = decided.notice().exemptionGrounds().stream()
                .map(ExemptionGround::name)
                .map(name -> "Pasal 17 huruf " + name.substring(0, 1).toLowerCase())
                .collect(Collectors.joining(", "));
        if (!grounds.isEmpty()) {
            data.put("exemption", grounds);
        }
        data.put("objectionDeadline", objectionDeadline.toString());
        messages.toApplicant(request, "request-decided", numbered("decision", decided.decisionNumber()), data);
    }

    /**
     * {@code step}, or {@code step-<number>} from the second decision or objection on (one request may have several):
     * the first keeps the name it always had, so a message written before numbers existed is not written again.
     */
    private static String numbered(String step, Integer number) {
        return number == null || number <= 1 ? step : step + "-" + number;
    }

    private void objectionFiled(TrackedRequest request, ObjectionFiled objection) {
        request.status = Status.OBJECTION_FILED;
        request.unansweredDisputeDeadline = objection.unansweredDisputeDeadline();
        clocks.stop(request.requestId, SlaClock.OBJECTION_WINDOW, "objection filed");
        clocks.start(request, SlaClock.OBJECTION_DECISION, objection.decisionDueDate(), objection.filedDate());
        String grounds = objection.grounds().stream()
                .map(g -> g.name().substring(0, 1).toLowerCase())
                .collect(Collectors.joining(", "));
        Map<String, String> data = Messages.data(
                "registrationNumber",
                request.registrationNumber,
                "filedDate",
                objection.filedDate(),
                "decisionDueDate",
                objection.decisionDueDate(),
                "grounds",
                grounds,
                "objectionNumber",
                objection.objectionNumber());
        String step = numbered("objection-" + objection.filedDate(), objection.objectionNumber());
        Messages.provisional(data, objection.provisional());
        messages.toApplicant(request, "objection-received", step, data);
        Map<String, String> official = new java.util.LinkedHashMap<>(data);
        if (objection.opdCode() != null) {
            official.put("opdCode", objection.opdCode());
        }
        messages.toOfficial(request.requestId, Recipient.PPID_SUPERIOR, "objection-filed", step, official);
    }

    private void objectionDecided(TrackedRequest request, ObjectionDecided decided) {
        request.status = Status.OBJECTION_DECIDED;
        clocks.stop(request.requestId, SlaClock.OBJECTION_DECISION, "objection decided: " + decided.outcome());
        clocks.start(request, SlaClock.DISPUTE_WINDOW, decided.disputeDeadline(), decided.decidedDate());
        Map<String, String> data = Messages.data(
                "registrationNumber",
                request.registrationNumber,
                "outcome",
                decided.outcome(),
                "reasons",
                decided.reasons(),
                "disputeDeadline",
                decided.disputeDeadline(),
                "onTime",
                decided.onTime(),
                "objectionNumber",
                decided.objectionNumber());
        Messages.provisional(data, decided.provisional());
        messages.toApplicant(
                request,
                "objection-decided",
                numbered("objection-decision-" + decided.decidedDate(), decided.objectionNumber()),
                data);
    }
}
