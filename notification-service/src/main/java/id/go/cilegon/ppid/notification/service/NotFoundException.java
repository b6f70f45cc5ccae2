package id.go.cilegon.ppid.notification.service;

import id.go.cilegon.ppid.kit.problem.BilingualException;

/** The thing asked for does not exist; answered as 404. */
public class NotFoundException extends BilingualException {

    public NotFoundException(String code, String messageEn, String messageId) {
        super(code, messageEn, messageId);
    }
}
