package id.go.cilegon.ppid.routing.domain;

import id.go.cilegon.ppid.contracts.routing.RoutingMode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step of a request's routing history: routed, queued, transferred or closed, by whom and why. */
@Entity
@Table(name = "routing_step")
public class RoutingStep extends PanacheEntityBase {

    /** Kinds of step. */
    public enum Kind {
        ROUTED,
        QUEUED,
        TRANSFERRED,
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    public Kind step;

    @Column(name = "opd_code")
    public String opdCode;

    @Enumerated(EnumType.STRING)
    public RoutingMode mode;

    public String reason;

    public Double score;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "matched_terms")
    public List<String> matchedTerms = new ArrayList<>();

    public String note;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_opd")
    public String actorOpd;

    public static RoutingStep of(UUID requestId, Kind kind, Instant at, Actor actor) {
        RoutingStep step = new RoutingStep();
        step.requestId = requestId;
        step.step = kind;
        step.occurredAt = at;
        step.actorSubject = actor.subject();
        step.actorOpd = actor.opdCode();
        return step;
    }
}
