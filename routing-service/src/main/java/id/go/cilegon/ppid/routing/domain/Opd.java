package id.go.cilegon.ppid.routing.domain;

import id.go.cilegon.ppid.contracts.directory.OpdDirectoryEntry;
import id.go.cilegon.ppid.contracts.directory.OpdKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One OPD of the directory: who it is, what it does (routing matches against that), and its PPID desk. */
@Entity
@Table(name = "opd")
public class Opd extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    public OpdKind kind;

    public String duties;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> keywords = new ArrayList<>();

    @Column(name = "desk_email")
    public String deskEmail;

    @Column(name = "desk_phone")
    public String deskPhone;

    @Column(name = "webhook_url")
    public String webhookUrl;

    @Column(name = "webhook_secret_ref")
    public String webhookSecretRef;

    public boolean active;

    /** The published entry's version; bumped by hand on every change, it is part of the wire format. */
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** The entry as published on the compacted directory topic. */
    public OpdDirectoryEntry toEntry() {
        return new OpdDirectoryEntry(
                code,
                name,
                shortName,
                kind,
                duties,
                deskEmail,
                deskPhone,
                webhookUrl,
                webhookSecretRef,
                active,
                version,
                updatedAt);
    }
}
