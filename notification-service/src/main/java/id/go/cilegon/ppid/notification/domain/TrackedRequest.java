package id.go.cilegon.ppid.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What this service knows of a request from the request and routing topics: enough to run its clocks. */
@Entity
@Table(name = "tracked_request")
public class TrackedRequest extends PanacheEntityBase {

    /** Where the request stands, as far as its clocks are concerned. */
    public enum Status {
        /** Only routing events seen so far. */
        NEW,
        OPEN,
        DECIDED,
        WITHDRAWN,
        OBJECTION_FILED,
        OBJECTION_DECIDED,
        DISPUTED
    }

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "registration_number")
    public String registrationNumber;

    @Column(name = "applicant_id")
    public UUID applicantId;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "received_date")
    public LocalDate receivedDate;

    @Column(name = "original_due_date")
    public LocalDate originalDueDate;

    /** The applicant's last day to object if no answer ever comes, as request-service counted it; null before V3. */
    @Column(name = "unanswered_objection_deadline")
    public LocalDate unansweredObjectionDeadline;

    /** The applicant's last day to go to the Komisi Informasi if the objection is not answered; from request-service. */
    @Column(name = "unanswered_dispute_deadline")
    public LocalDate unansweredDisputeDeadline;

    @Column(name = "assigned_opd_code")
    public String assignedOpdCode;

    public boolean queued;

    @Column(name = "request_sequence")
    public long requestSequence;

    @Column(name = "routing_sequence")
    public long routingSequence;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** A row for a request first seen through a routing event; request.submitted completes it. */
    public static TrackedRequest placeholder(UUID requestId, Instant now) {
        TrackedRequest request = new TrackedRequest();
        request.requestId = requestId;
        request.status = Status.NEW;
        request.updatedAt = now;
        return request;
    }

    /** Whether the PPID Utama, not an OPD, is answerable for the request right now. */
    public boolean withPpidMain() {
        return assignedOpdCode == null;
    }
}
