package id.go.cilegon.ppid.request.domain;

/** Where a request stands in the lifecycle of UU 14/2008. */
public enum RequestStatus {
    /** Received and registered; the answer clock runs. */
    REGISTERED,
    /** The answer period was extended once (Pasal 22(8)). */
    EXTENDED,
    /** The written notice was given (Pasal 22(7)). */
    DECIDED,
    /** The applicant withdrew the request before it was decided. */
    WITHDRAWN,
    /** The applicant objected (Pasal 35); the Atasan PPID must decide. */
    OBJECTION_FILED,
    /** The Atasan PPID decided the objection (Pasal 36). */
    OBJECTION_DECIDED,
    /** The applicant took the matter to the Komisi Informasi (Pasal 37). */
    DISPUTED;

    /** Whether the written answer is still owed. */
    public boolean awaitsAnswer() {
        return this == REGISTERED || this == EXTENDED;
    }
}
