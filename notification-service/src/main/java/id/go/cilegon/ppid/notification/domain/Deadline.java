package id.go.cilegon.ppid.notification.domain;

import id.go.cilegon.ppid.contracts.sla.SlaClock;
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
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** One legal clock of one request: its due date and whether it still runs. */
@Entity
@Table(name = "sla_deadline")
public class Deadline extends PanacheEntityBase {

    /** Whether the clock still runs. */
    public enum State {
        RUNNING,
        /** The step the clock waited for happened (answer, objection decision, ...). */
        STOPPED,
        /** An applicant's window closed without being used. */
        EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id")
    public UUID requestId;

    @Enumerated(EnumType.STRING)
    public SlaClock clock;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Enumerated(EnumType.STRING)
    public State state;

    @Column(name = "stopped_at")
    public Instant stoppedAt;

    @Column(name = "stop_reason")
    public String stopReason;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Deadline> of(UUID requestId, SlaClock clock) {
        return find("requestId = ?1 and clock = ?2", requestId, clock).firstResultOptional();
    }

    /** Whether the clock is one the public body must meet (as opposed to an applicant's window). */
    public static boolean bindsThePublicBody(SlaClock clock) {
        return clock == SlaClock.ANSWER || clock == SlaClock.OBJECTION_DECISION;
    }
}
