package id.go.cilegon.ppid.contracts.directory;

/** Kind of OPD in the city's organisation. */
public enum OpdKind {
    /** Sekretariat Daerah or Sekretariat DPRD. */
    SECRETARIAT,
    /** Inspektorat. */
    INSPECTORATE,
    /** A dinas. */
    AGENCY_DINAS,
    /** A badan (Bappeda, BPKAD, BPBD, ...). */
    BOARD_BADAN,
    /** A kecamatan office. */
    KECAMATAN,
    /** A regional hospital (RSUD). */
    HOSPITAL,
    /** Anything else (Satpol PP, ...). */
    OTHER
}
