package id.go.cilegon.ppid.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** This service's copy of one OPD's directory entry: where its PPID desk and its system are reached. */
@Entity
@Table(name = "opd_desk")
public class OpdDesk extends PanacheEntityBase {

    @Id
    @Column(name = "opd_code")
    public String opdCode;

    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Column(name = "desk_email")
    public String deskEmail;

    @Column(name = "webhook_url")
    public String webhookUrl;

    /** The name of the signing secret, never the secret. */
    @Column(name = "webhook_secret_ref")
    public String webhookSecretRef;

    public boolean active;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
