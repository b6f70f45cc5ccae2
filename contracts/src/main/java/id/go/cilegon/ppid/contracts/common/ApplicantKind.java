package id.go.cilegon.ppid.contracts.common;

/** Who files a request: an Indonesian citizen or an Indonesian legal entity (UU 14/2008 Pasal 1(12)). */
public enum ApplicantKind {
    /** A citizen, identified by NIK (which never leaves request-service). */
    PERSON,
    /** A legal entity (badan hukum), identified by its deed or SK number. */
    LEGAL_ENTITY
}
