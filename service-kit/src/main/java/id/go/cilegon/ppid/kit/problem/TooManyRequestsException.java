package id.go.cilegon.ppid.kit.problem;

import java.time.Duration;

/** A limit on how often a caller may act was reached: answered 429 with {@code Retry-After}. */
public class TooManyRequestsException extends BilingualException {

    private final Duration retryAfter;

    public TooManyRequestsException(String code, String messageEn, String messageId, Duration retryAfter) {
        super(code, messageEn, messageId);
        this.retryAfter = retryAfter;
    }

    /** How long until the caller may try again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
