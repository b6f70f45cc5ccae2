package id.go.cilegon.ppid.index.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import id.go.cilegon.ppid.contracts.common.ObjectionOutcome;

/**
 * Counts over the requests received on one day or in one month, built so that a request can be taken out again
 * exactly as it was put in (every field is a sum, every distribution a histogram of counts).
 */
public final class Bucket {

    /** Key of {@link #requestsByOpd} for requests no OPD holds. */
    public static final String UNASSIGNED = "-";

    public long received;
    public long withdrawn;
    public long answered;
    public long answeredOnTime;
    public long extensions;
    public long objectionsFiled;
    public long objectionsUpheld;
    public long objectionsRejected;
    public long disputes;
    public long transfers;
    public long slaBreaches;
    /** Answered requests by working days taken. */
    public TreeMap<Integer, Long> workingDays = new TreeMap<>();
    public TreeMap<DecisionType, Long> decisions = new TreeMap<>();
    /** Refused or partially granted answers per Pasal 17 ground cited (an answer citing two grounds counts twice). */
    public TreeMap<ExemptionGround, Long> refusals = new TreeMap<>();
    /** Open requests by their due date, so that "overdue" can be read for any day. */
    public TreeMap<LocalDate, Long> openByDueDate = new TreeMap<>();
    /** City-wide buckets only: requests per OPD, to tell how many OPDs the numbers cover. */
    public TreeMap<String, Long> requestsByOpd = new TreeMap<>();

    /** Adds ({@code sign} 1) or removes ({@code sign} -1) one request. */
    public void add(RequestFacts facts, int sign, boolean city) {
        received += sign;
        if (facts.decided()) {
            answered += sign;
            if (facts.onTime) {
                answeredOnTime += sign;
            }
            count(workingDays, facts.workingDaysTaken, sign);
            count(decisions, facts.decision, sign);
            for (ExemptionGround ground : facts.refusalGrounds) {
                count(refusals, ground, sign);
            }
        } else if (facts.withdrawn) {
            withdrawn += sign;
        } else {
            count(openByDueDate, facts.dueDate, sign);
        }
        if (facts.extended) {
            extensions += sign;
        }
        if (facts.objectionFiled) {
            objectionsFiled += sign;
        }
        if (facts.objectionOutcome == ObjectionOutcome.UPHELD) {
            objectionsUpheld += sign;
        } else if (facts.objectionOutcome == ObjectionOutcome.REJECTED) {
            objectionsRejected += sign;
        }
        if (facts.disputeFiled) {
            disputes += sign;
        }
        transfers += (long) sign * facts.transfers;
        if (facts.answerDeadlineBreached) {
            slaBreaches += sign;
        }
        if (city) {
            count(requestsByOpd, facts.opd() == null ? UNASSIGNED : facts.opd(), sign);
        }
    }

    /** Adds another bucket's counts into this one. */
    public Bucket plus(Bucket other) {
        received += other.received;
        withdrawn += other.withdrawn;
        answered += other.answered;
        answeredOnTime += other.answeredOnTime;
        extensions += other.extensions;
        objectionsFiled += other.objectionsFiled;
        objectionsUpheld += other.objectionsUpheld;
        objectionsRejected += other.objectionsRejected;
        disputes += other.disputes;
        transfers += other.transfers;
        slaBreaches += other.slaBreaches;
        other.workingDays.forEach((k, v) -> count(workingDays, k, v));
        other.decisions.forEach((k, v) -> count(decisions, k, v));
        other.refusals.forEach((k, v) -> count(refusals, k, v));
        other.openByDueDate.forEach((k, v) -> count(openByDueDate, k, v));
        other.requestsByOpd.forEach((k, v) -> count(requestsByOpd, k, v));
        return this;
    }

    /** Open requests whose due date is before {@code today}. */
    public long overdue(LocalDate today) {
        return openByDueDate.headMap(today, false).values().stream().mapToLong(Long::longValue).sum();
    }

    public long open() {
        return openByDueDate.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Zero entries are removed so that a histogram only holds what is there. */
    static <K> void count(Map<K, Long> counts, K key, long delta) {
        if (delta == 0) {
            return;
        }
        long value = counts.getOrDefault(key, 0L) + delta;
        if (value == 0) {
            counts.remove(key);
        } else {
            counts.put(key, value);
        }
    }
}
