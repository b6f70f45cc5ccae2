package id.go.cilegon.ppid.request.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The pseudonymous identity of an applicant: the id that travels on shared topics instead of a
 * name or NIK. Found again by token subject (online) or by a keyed hash of the NIK/deed (walk-in).
 */
@Entity
@Table(name = "applicant")
public class Applicant extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "owner_subject")
    private String ownerSubject;

    @Column(name = "identity_hash")
    private String identityHash;

    @Column(name = "created_at")
    private Instant createdAt;

    /** For JPA; intake creates applicants with one SQL statement that tolerates a concurrent first request. */
    protected Applicant() {}
}
