package id.go.cilegon.ppid.index.domain;

import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import id.go.cilegon.ppid.contracts.common.ObjectionOutcome;
import id.go.cilegon.ppid.contracts.request.DeadlinesRecalculated;
import id.go.cilegon.ppid.contracts.request.DisputeFiled;
import id.go.cilegon.ppid.contracts.request.ObjectionDecided;
import id.go.cilegon.ppid.contracts.request.ObjectionFiled;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.contracts.request.RequestExtended;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.contracts.request.RequestWithdrawn;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RequestTransferred;
import id.go.cilegon.ppid.contracts.routing.RoutingNeeded;
import id.go.cilegon.ppid.contracts.sla.SlaBreached;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the index needs to know about one request, folded from the request, routing and SLA events.
 *
 * <p>Each producer numbers its events per request; an event whose number is not above the last one applied from
 * the same producer is a redelivery and changes nothing. Producers are independent, so the fold never depends on
 * how the three topics interleave: the OPD comes from routing-service's latest event, the lifecycle from
 * request-service's.
 */
public final class RequestFacts {

    public String requestId;
    public LocalDate receivedDate;
    /** The due date in force: 10 working days after receipt, 17 after an extension. */
    public LocalDate dueDate;
    /** The OPD currently responsible, from routing-service; null while unrouted or handed back. */
    public String opdCode;
    /** The OPD named on the decision, used when the request was never routed (e.g. decided at a walk-in desk). */
    public String decidedOpdCode;

    public long requestSequence;
    public long routingSequence;
    public long slaSequence;
    public boolean extended;
    public DecisionType decision;
    public LocalDate decidedDate;
    public boolean onTime;
    public int workingDaysTaken;
    public List<ExemptionGround> refusalGrounds = new ArrayList<>();
    public boolean withdrawn;
    /** Whether any objection was filed, and the latest one's outcome (state of earlier versions; see the counts). */
    public boolean objectionFiled;

    public ObjectionOutcome objectionOutcome;
    /** Objections filed: one per decision, so more than one after a corrected decision. */
    public int objections;

    public int objectionsUpheld;
    public int objectionsRejected;
    /**
     * Corrected decisions after an upheld objection (Pasal 36). The answer's timeliness stays the first answer's, the
     * decision counted is the one in force, and the Pasal 17 grounds cited stay counted once cited.
     */
    public int decisionsCorrected;

    public boolean disputeFiled;
    /** How many times the request was handed back by an OPD as not theirs. */
    public int transfers;

    public boolean answerDeadlineBreached;

    /** Whether the request can be counted: its receipt (and so its period) is known. */
    public boolean countable() {
        return receivedDate != null && dueDate != null;
    }

    /** The OPD the request counts for, or null when no OPD holds it. */
    public String opd() {
        return opdCode != null ? opdCode : decidedOpdCode;
    }

    public boolean decided() {
        return decision != null;
    }

    /** Open: neither answered nor withdrawn. */
    public boolean open() {
        return decision == null && !withdrawn;
    }

    /** Applies one payload; returns whether anything changed (false for a redelivery or an irrelevant event). */
    public boolean apply(Object payload) {
        if (payload instanceof RequestSubmitted e) {
            return request(e.sequence(), () -> {
                receivedDate = e.receivedDate();
                dueDate = e.dueDate();
            });
        }
        if (payload instanceof RequestExtended e) {
            return request(e.sequence(), () -> {
                extended = true;
                dueDate = e.dueDate();
            });
        }
        if (payload instanceof RequestDecided e
                && decision != null
                && e.decisionNumber() != null
                && e.decisionNumber() > 1) {
            return request(e.sequence(), () -> {
                decision = e.decision();
                decisionsCorrected++;
                if (e.decision() == DecisionType.REFUSED || e.decision() == DecisionType.PARTIALLY_GRANTED) {
                    e.notice().exemptionGrounds().stream()
                            .filter(g -> !refusalGrounds.contains(g))
                            .forEach(refusalGrounds::add);
                }
            });
        }
        if (payload instanceof RequestDecided e) {
            return request(e.sequence(), () -> {
                decision = e.decision();
                decidedDate = e.decidedDate();
                onTime = e.onTime();
                workingDaysTaken = e.workingDaysTaken();
                dueDate = e.dueDate();
                decidedOpdCode = e.opdCode();
                refusalGrounds = new ArrayList<>(
                        e.decision() == DecisionType.REFUSED || e.decision() == DecisionType.PARTIALLY_GRANTED
                                ? e.notice().exemptionGrounds()
                                : List.of());
            });
        }
        if (payload instanceof DeadlinesRecalculated e) {
            // The calendar changed: the due date request-service counted again, and for an answer its timeliness.
            return request(e.sequence(), () -> {
                e.change("dueDate").ifPresent(change -> dueDate = change.current());
                if (e.onTime() != null) {
                    onTime = e.onTime();
                }
                if (e.workingDaysTaken() != null) {
                    workingDaysTaken = e.workingDaysTaken();
                }
            });
        }
        if (payload instanceof RequestWithdrawn e) {
            return request(e.sequence(), () -> withdrawn = true);
        }
        if (payload instanceof ObjectionFiled e) {
            return request(e.sequence(), () -> {
                objectionFiled = true;
                objections++;
            });
        }
        if (payload instanceof ObjectionDecided e) {
            return request(e.sequence(), () -> {
                objectionFiled = true;
                objections = Math.max(objections, 1);
                objectionOutcome = e.outcome();
                if (e.outcome() == ObjectionOutcome.UPHELD) {
                    objectionsUpheld++;
                } else {
                    objectionsRejected++;
                }
            });
        }
        if (payload instanceof DisputeFiled e) {
            return request(e.sequence(), () -> disputeFiled = true);
        }
        if (payload instanceof RequestRouted e) {
            return routing(e.sequence(), () -> {
                opdCode = e.opdCode();
                transfers = Math.max(transfers, e.transferCount());
            });
        }
        if (payload instanceof RequestTransferred e) {
            return routing(e.sequence(), () -> {
                opdCode = null;
                transfers = Math.max(transfers, e.transferCount());
            });
        }
        if (payload instanceof RoutingNeeded e) {
            return routing(e.sequence(), () -> {
                opdCode = null;
                transfers = Math.max(transfers, e.transferCount());
            });
        }
        if (payload instanceof SlaBreached e) {
            if (e.sequence() <= slaSequence) {
                return false;
            }
            slaSequence = e.sequence();
            if (e.clock() == SlaClock.ANSWER && !answerDeadlineBreached) {
                answerDeadlineBreached = true;
                return true;
            }
            return false;
        }
        // Warnings and failed notifications say nothing the index counts.
        return false;
    }

    /** Facts read from the state of an earlier version, which kept one objection as flags: its counts. */
    public void countObjectionsFromFlags() {
        if (objections == 0 && objectionFiled) {
            objections = 1;
        }
        if (objectionsUpheld + objectionsRejected == 0 && objectionOutcome != null) {
            objectionsUpheld = objectionOutcome == ObjectionOutcome.UPHELD ? 1 : 0;
            objectionsRejected = objectionOutcome == ObjectionOutcome.REJECTED ? 1 : 0;
        }
    }

    private boolean request(long sequence, Runnable change) {
        if (sequence <= requestSequence) {
            return false;
        }
        requestSequence = sequence;
        change.run();
        return true;
    }

    private boolean routing(long sequence, Runnable change) {
        if (sequence <= routingSequence) {
            return false;
        }
        routingSequence = sequence;
        change.run();
        return true;
    }
}
