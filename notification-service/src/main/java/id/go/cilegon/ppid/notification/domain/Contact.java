package id.go.cilegon.ppid.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Personal data: an applicant's contact details from the restricted topic; erased by its tombstone. */
@Entity
@Table(name = "applicant_contact")
public class Contact extends PanacheEntityBase {

    @Id
    @Column(name = "applicant_id")
    public UUID applicantId;

    @Column(name = "full_name")
    public String fullName;

    public String email;

    public String phone;

    @Column(name = "preferred_language")
    public String preferredLanguage;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Personal data stays out of logs. */
    @Override
    public String toString() {
        return "Contact[applicantId=" + applicantId + "]";
    }
}
