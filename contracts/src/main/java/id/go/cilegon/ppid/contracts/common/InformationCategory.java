package id.go.cilegon.ppid.contracts.common;

/** Categories of public information under UU 14/2008. */
public enum InformationCategory {
    /** Berkala: published proactively, at least every six months (Pasal 9). */
    PERIODIC("berkala"),
    /** Serta-merta: published immediately, threats to life or public order (Pasal 10). */
    IMMEDIATE("serta-merta"),
    /** Tersedia setiap saat: available on request (Pasal 11). */
    ON_REQUEST("tersedia setiap saat"),
    /** Dikecualikan: exempt on a ground of Pasal 17. */
    EXEMPT("dikecualikan");

    private final String label;

    InformationCategory(String label) {
        this.label = label;
    }

    /** Indonesian name of the category. */
    public String label() {
        return label;
    }
}
