package id.go.cilegon.ppid.request.domain;

/** A step the law does not allow in the request's current state; answered as 409 with both languages. */
public class LifecycleException extends RuntimeException {

    private final String code;
    private final String messageId;

    public LifecycleException(String code, String messageEn, String messageId) {
        super(messageEn);
        this.code = code;
        this.messageId = messageId;
    }

    /** Stable machine-readable reason, e.g. {@code extension-after-due-date}. */
    public String code() {
        return code;
    }

    /** The reason in Bahasa Indonesia. */
    public String messageId() {
        return messageId;
    }
}
