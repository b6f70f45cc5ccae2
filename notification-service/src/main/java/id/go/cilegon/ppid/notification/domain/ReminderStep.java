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
import java.util.UUID;

/** One rung of a clock's reminder ladder, planned ahead with the date it fires. */
@Entity
@Table(name = "sla_step")
public class ReminderStep extends PanacheEntityBase {

    /** What the step does when it fires. */
    public enum Action {
        /** Remind whoever must act, before the due date or on the day. */
        REMIND,
        /** The due date passed: escalate to a superior and raise {@code sla.breached}. */
        ESCALATE,
        /** The answer due date passed: tell the applicant of the right to object (Pasal 35(1) c). */
        DEADLINE_PASSED,
        /**
         * The Atasan PPID's 30 working days passed without an answer to the objection: tell the applicant they may go to
         * the Komisi Informasi, and by when (Pasal 37(2)).
         */
        OBJECTION_UNANSWERED,
        /** Remind the applicant that their own window is closing. */
        WINDOW_CLOSES,
        /** The applicant's window is over: close the clock. */
        WINDOW_EXPIRED
    }

    /** Who a step is for; ASSIGNEE is resolved when the step fires. */
    public enum Target {
        /** The assigned OPD's desk (and its system), or the PPID Utama while the request is not assigned. */
        ASSIGNEE,
        PPID_MAIN,
        PPID_SUPERIOR,
        APPLICANT,
        /** Nobody: bookkeeping only. */
        NONE
    }

    /** Life of a step. */
    public enum Status {
        PENDING,
        DONE,
        /** A later rung of the same ladder was due too (e.g. after an outage): only the latest is sent. */
        SKIPPED,
        /** The clock stopped or its due date moved before the step fired. */
        CANCELLED,
        /** Left by versions before the provisional calendar, which could not date a step in a year without data; repaired by the next sweep. */
        NO_CALENDAR,
        /** Firing failed unexpectedly; the note says why and the operator log has the details. */
        ERROR
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

    /** Working days relative to the due date: negative before, 0 on the day, positive overdue. */
    @Column(name = "offset_days")
    public int offsetDays;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient")
    public Target target;

    @Column(name = "fire_on")
    public LocalDate fireOn;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String note;

    @Column(name = "fired_at")
    public Instant firedAt;

    /** The step's identity in dedupe keys: clock, due date, offset and action. */
    public String stepKey() {
        return clock + ":" + dueDate + ":" + (offsetDays > 0 ? "+" : "") + offsetDays + ":" + action;
    }
}
