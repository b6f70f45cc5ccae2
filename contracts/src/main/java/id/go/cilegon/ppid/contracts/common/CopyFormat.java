package id.go.cilegon.ppid.contracts.common;

/** Form of a copy; electronic copies are free of charge. */
public enum CopyFormat {
    /** Electronic copy. */
    SOFTCOPY,
    /** Paper copy; only its real cost may be charged. */
    HARDCOPY
}
