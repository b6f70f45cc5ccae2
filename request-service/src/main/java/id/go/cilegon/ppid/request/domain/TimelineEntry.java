package id.go.cilegon.ppid.request.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step on a request's timeline: what happened, when, and in which role. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    /** The kinds of steps a timeline shows. */
    public enum Step {
        SUBMITTED,
        ROUTED,
        QUEUED_FOR_ROUTING,
        TRANSFERRED,
        EXTENDED,
        DECIDED,
        WITHDRAWN,
        OBJECTION_FILED,
        OBJECTION_DECIDED,
        DISPUTE_FILED,
        /** The calendar changed and the legal dates were counted again. */
        DATES_RECALCULATED,
        /** The applicant received a written notice (decision, objection answer); their window counts from it. */
        NOTICE_RECEIVED,
        /** The applicant asked for their personal data to be erased (UU 27/2022 Pasal 8). */
        ERASURE_REQUESTED,
        /** The applicant's personal data and words were erased: on their request, or at the end of retention. */
        PERSONAL_DATA_ERASED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id")
    private UUID requestId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private Step step;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role")
    private Actor.Role actorRole;

    @Column(name = "actor_opd")
    private String actorOpd;

    private String note;

    /** For JPA; an entry is written only by {@link #of}. */
    protected TimelineEntry() {}

    public static TimelineEntry of(UUID requestId, Step step, Actor actor, Instant at, String note) {
        TimelineEntry entry = new TimelineEntry();
        entry.requestId = requestId;
        entry.step = step;
        entry.actorRole = actor.role();
        entry.actorOpd = actor.opdCode();
        entry.occurredAt = at;
        entry.note = note;
        return entry;
    }

    public UUID requestId() {
        return requestId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Step step() {
        return step;
    }

    public Actor.Role actorRole() {
        return actorRole;
    }

    public String actorOpd() {
        return actorOpd;
    }

    public String note() {
        return note;
    }
}
