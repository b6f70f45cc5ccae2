package id.go.cilegon.ppid.contracts.common;

/** The Atasan PPID's decision on an objection (Pasal 36). */
public enum ObjectionOutcome {
    /** In the applicant's favour, against the PPID: the objection is accepted. */
    UPHELD,
    /** The PPID's handling stands; the reasons must be given and the applicant may go to the Komisi Informasi. */
    REJECTED
}
