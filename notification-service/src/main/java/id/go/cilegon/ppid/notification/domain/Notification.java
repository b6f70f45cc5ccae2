package id.go.cilegon.ppid.notification.domain;

import id.go.cilegon.ppid.contracts.sla.Channel;
import id.go.cilegon.ppid.contracts.sla.Recipient;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One message to one recipient over one channel, written once (unique dedupe key) and delivered with retries.
 * It holds no address: the recipient's address is looked up when sending.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    /** Delivery state. */
    public enum Status {
        PENDING,
        SENT,
        /** Gave up after the last try; an operator may retry it. */
        FAILED,
        /** Nowhere to send it (no address on record, contact erased); an operator may retry it. */
        SKIPPED
    }

    @Id
    public UUID id;

    @Column(name = "dedupe_key")
    public String dedupeKey;

    @Column(name = "request_id")
    public UUID requestId;

    /** The template, e.g. {@code request-received}. */
    public String kind;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public Recipient recipient;

    /** Applicant id or OPD code; null for the PPID Utama and the Atasan PPID. */
    @Column(name = "recipient_ref")
    public String recipientRef;

    /** Template data; never personal data. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> data;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "failed_at")
    public Instant failedAt;

    @Column(name = "operator_retries")
    public int operatorRetries;
}
