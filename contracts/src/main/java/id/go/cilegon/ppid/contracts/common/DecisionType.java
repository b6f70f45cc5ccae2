package id.go.cilegon.ppid.contracts.common;

/** The answer to a request, as stated in the written notice of Pasal 22(7). */
public enum DecisionType {
    /** The information is given in full. */
    GRANTED("Diterima"),
    /** Part of the information is given; the rest is withheld or redacted on a Pasal 17 ground. */
    PARTIALLY_GRANTED("Diterima sebagian"),
    /** The request is refused on a Pasal 17 ground. */
    REFUSED("Ditolak"),
    /** The public body does not hold the information; the notice names who does. */
    NOT_HELD("Informasi tidak dikuasai"),
    /** The information does not exist yet in documented form. */
    NOT_YET_DOCUMENTED("Informasi belum didokumentasikan");

    private final String label;

    DecisionType(String label) {
        this.label = label;
    }

    /** Indonesian label as used in notices. */
    public String label() {
        return label;
    }
}
