package id.go.cilegon.ppid.index.service;

import id.go.cilegon.ppid.kit.problem.BilingualException;

/** The state is being restored or moved between instances, or the owning instance did not answer; 503, retry. */
public class NotReadyException extends BilingualException {

    public NotReadyException(String code, String messageEn, String messageId) {
        super(code, messageEn, messageId);
    }

    public static NotReadyException moving() {
        return new NotReadyException(
                "index-not-ready",
                "The index is being restored or moved between instances; retry in a few seconds.",
                "Indeks sedang dipulihkan atau dipindahkan antar-instans; coba lagi beberapa detik lagi.");
    }
}
