package id.go.cilegon.ppid.routing.domain;

import id.go.cilegon.ppid.kit.problem.BilingualException;

/** A step that the current state does not allow (e.g. transferring a closed request); answered as 409. */
public class ConflictException extends BilingualException {

    public ConflictException(String code, String messageEn, String messageId) {
        super(code, messageEn, messageId);
    }
}
