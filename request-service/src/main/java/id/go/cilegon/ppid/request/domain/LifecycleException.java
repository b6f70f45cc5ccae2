package id.go.cilegon.ppid.request.domain;

import id.go.cilegon.ppid.kit.problem.BilingualException;

/** A step the law does not allow in the request's current state; answered as 409. */
public class LifecycleException extends BilingualException {

    public LifecycleException(String code, String messageEn, String messageId) {
        super(code, messageEn, messageId);
    }
}
