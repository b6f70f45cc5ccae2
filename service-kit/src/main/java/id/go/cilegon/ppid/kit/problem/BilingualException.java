package id.go.cilegon.ppid.kit.problem;

/** A refusal that carries a stable code and its reason in English (the message) and Bahasa Indonesia. */
public abstract class BilingualException extends RuntimeException {

    private final String code;
    private final String messageId;

    protected BilingualException(String code, String messageEn, String messageId) {
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
