package id.go.cilegon.ppid.contracts.common;

/** How the applicant wants to obtain the information (request form). */
public enum AccessMethod {
    /** Melihat: see it. */
    VIEW,
    /** Membaca: read it. */
    READ,
    /** Mendengarkan: listen to it. */
    LISTEN,
    /** Mencatat: take notes. */
    TAKE_NOTES,
    /** Mendapatkan salinan: get a copy (soft or hard copy). */
    COPY
}
