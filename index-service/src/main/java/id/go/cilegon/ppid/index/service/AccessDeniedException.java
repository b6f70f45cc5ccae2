package id.go.cilegon.ppid.index.service;

import id.go.cilegon.ppid.kit.problem.BilingualException;

/** The caller has a valid role but may not see these numbers; answered as 403. */
public class AccessDeniedException extends BilingualException {

    public AccessDeniedException(String code, String messageEn, String messageId) {
        super(code, messageEn, messageId);
    }
}
