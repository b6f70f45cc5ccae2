package id.go.cilegon.ppid.contracts.index;

/** The five Komisi Informasi bands of the openness index (PerKI 1/2022 Monev scale). */
public enum IndexBand {
    /** 90 to 100. */
    INFORMATIF("Informatif", 90),
    /** 80 to under 90. */
    MENUJU_INFORMATIF("Menuju Informatif", 80),
    /** 60 to under 80. */
    CUKUP_INFORMATIF("Cukup Informatif", 60),
    /** 40 to under 60. */
    KURANG_INFORMATIF("Kurang Informatif", 40),
    /** Under 40. */
    TIDAK_INFORMATIF("Tidak Informatif", 0);

    private final String displayName;
    private final double lowerBound;

    IndexBand(String displayName, double lowerBound) {
        this.displayName = displayName;
        this.lowerBound = lowerBound;
    }

    /** The band's name as the Komisi Informasi writes it, e.g. {@code Menuju Informatif}. */
    public String displayName() {
        return displayName;
    }

    /** The lowest score in the band (inclusive). */
    public double lowerBound() {
        return lowerBound;
    }

    /** The band of a score on the 0–100 scale: ≥90, ≥80, ≥60, ≥40, else Tidak Informatif. */
    public static IndexBand of(double score) {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score is not a number");
        }
        for (IndexBand band : values()) {
            if (score >= band.lowerBound) {
                return band;
            }
        }
        return TIDAK_INFORMATIF;
    }
}
