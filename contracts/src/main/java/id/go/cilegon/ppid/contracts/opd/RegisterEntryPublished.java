package id.go.cilegon.ppid.contracts.opd;

import id.go.cilegon.ppid.contracts.Checks;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.common.InformationCategory;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An OPD added or changed an entry of its register of public information (Daftar Informasi Publik).
 *
 * @param opdCode                   the OPD holding the information, also the Kafka key
 * @param entryId                   the entry's id, unique within the OPD; a later event with the same id replaces it
 * @param title                     the entry's title
 * @param summary                   what the information contains
 * @param category                  periodic, immediate, on request or exempt
 * @param keywords                  search terms that help route requests to this OPD
 * @param publicationIntervalMonths how often a periodic entry must be republished; required for PERIODIC
 * @param publishedAt               when the entry was published in the register
 */
public record RegisterEntryPublished(
        String opdCode,
        String entryId,
        String title,
        String summary,
        InformationCategory category,
        List<String> keywords,
        Integer publicationIntervalMonths,
        Instant publishedAt)
        implements EventPayload {

    public RegisterEntryPublished {
        Checks.opdCode(opdCode, "opdCode");
        Checks.text(entryId, "entryId", 100);
        Checks.text(title, "title", 500);
        Checks.text(summary, "summary", 4000);
        Objects.requireNonNull(category, "category");
        keywords = Checks.texts(keywords, "keywords", 100);
        Checks.check(keywords.size() <= 50, "keywords has " + keywords.size() + " items, at most 50 are allowed");
        Checks.check(
                publicationIntervalMonths == null || publicationIntervalMonths >= 1,
                "publicationIntervalMonths must be 1 or more, got " + publicationIntervalMonths);
        Checks.check(
                category != InformationCategory.PERIODIC || publicationIntervalMonths != null,
                "publicationIntervalMonths is required for PERIODIC information");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }

    @Override
    public String key() {
        return opdCode;
    }
}
