package id.go.cilegon.ppid.notification.service;

import id.go.cilegon.ppid.kit.problem.BilingualException;

/** The caller has a valid role but this is not theirs to see or act on; answered as 403. */
public class AccessDeniedException extends BilingualException {

    public AccessDeniedException(String code, String messageEn, String messageId) {
        super(code, messageEn, messageId);
    }
}
