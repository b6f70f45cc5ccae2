package id.go.cilegon.ppid.request.service;

/** The caller has a valid role but this request is not theirs to see or act on. */
public class AccessDeniedException extends RuntimeException {

    private final String code;
    private final String messageId;

    public AccessDeniedException(String code, String messageEn, String messageId) {
        super(messageEn);
        this.code = code;
        this.messageId = messageId;
    }

    public String code() {
        return code;
    }

    public String messageId() {
        return messageId;
    }
}
