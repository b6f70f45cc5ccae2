package id.go.cilegon.ppid.notification.service;

import id.go.cilegon.ppid.kit.problem.BilingualException;

/** The action does not fit the current state (e.g. retrying a message that was sent); answered as 409. */
public class StateConflictException extends BilingualException {

    public StateConflictException(String code, String messageEn, String messageId) {
        super(code, messageEn, messageId);
    }
}
