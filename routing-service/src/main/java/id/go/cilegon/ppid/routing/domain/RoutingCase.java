package id.go.cilegon.ppid.routing.domain;

import id.go.cilegon.ppid.contracts.routing.RoutingCandidate;
import id.go.cilegon.ppid.contracts.routing.RoutingNeededReason;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The routing state of one request: the text it is matched on, the OPD it is assigned to or why it waits in
 * the queue, the OPDs that handed it back, and routing-service's own event sequence for it.
 */
@Entity
@Table(name = "routing_case")
public class RoutingCase extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "registration_number")
    public String registrationNumber;

    @Column(name = "information_details")
    public String informationDetails;

    public String purpose;

    @Column(name = "filing_opd_code")
    public String filingOpdCode;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** The legal due date as request-service computed it; routing only sorts the queue by it. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Column(name = "assigned_opd_code")
    public String assignedOpdCode;

    /** The OPD it was last assigned to; kept while it waits in the queue. */
    @Column(name = "last_opd_code")
    public String lastOpdCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "queue_reason")
    public RoutingNeededReason queueReason;

    @Column(name = "queued_at")
    public Instant queuedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<RoutingCandidate> candidates = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "returned_by")
    public List<String> returnedBy = new ArrayList<>();

    @Column(name = "transfer_count")
    public int transferCount;

    @Column(name = "event_sequence")
    public long eventSequence;

    @Column(name = "closed_reason")
    public String closedReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** The sequence number of the next routing event of this request; strictly increasing. */
    public long nextSequence() {
        eventSequence++;
        return eventSequence;
    }
}
