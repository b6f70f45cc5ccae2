package id.go.cilegon.ppid.routing.domain;

import id.go.cilegon.ppid.contracts.common.InformationCategory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of an OPD's register of public information (DIP): evidence of what the OPD holds. */
@Entity
@Table(name = "register_entry")
@IdClass(RegisterEntry.Key.class)
public class RegisterEntry extends PanacheEntityBase {

    /** Where an entry came from. */
    public enum Source {
        OPD_SYSTEM,
        REST,
        SEED
    }

    @Id
    @Column(name = "opd_code")
    public String opdCode;

    @Id
    @Column(name = "entry_id")
    public String entryId;

    public String title;

    public String summary;

    @Enumerated(EnumType.STRING)
    public InformationCategory category;

    /** The keywords routing uses: the PPID Utama's, or an OPD's once the PPID Utama accepted them. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> keywords = new ArrayList<>();

    /** Keywords the OPD proposed and the PPID Utama has not decided on; null when none wait. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "proposed_keywords")
    public List<String> proposedKeywords;

    @Column(name = "keywords_proposed_at")
    public Instant keywordsProposedAt;

    /** Who proposed them: an officer's or OPD system's token subject, or the OPD's events. */
    @Column(name = "keywords_proposed_by")
    public String keywordsProposedBy;

    @Column(name = "publication_interval_months")
    public Integer publicationIntervalMonths;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Enumerated(EnumType.STRING)
    public Source source;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static RegisterEntry find(String opdCode, String entryId) {
        return findById(new Key(opdCode, entryId));
    }

    /** Composite key: an entry id is unique within its OPD. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public String opdCode;
        public String entryId;

        public Key() {}

        public Key(String opdCode, String entryId) {
            this.opdCode = opdCode;
            this.entryId = entryId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(opdCode, key.opdCode)
                    && Objects.equals(entryId, key.entryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(opdCode, entryId);
        }
    }
}
