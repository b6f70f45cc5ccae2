package id.go.cilegon.ppid.contracts.common;

/** A written answer the applicant receives, from whose receipt the next window counts. */
public enum WrittenNotice {
    /** The public body's notice answering the request (Pasal 22(7)); the objection window counts from it (Pasal 35). */
    DECISION,
    /** The Atasan PPID's answer to an objection (Pasal 36); the dispute window counts from it (Pasal 37(2)). */
    OBJECTION_ANSWER
}
