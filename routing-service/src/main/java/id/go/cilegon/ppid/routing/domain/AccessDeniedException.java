package id.go.cilegon.ppid.routing.domain;

import id.go.cilegon.ppid.kit.problem.BilingualException;

/** The caller has a valid role but not for this OPD or request; answered as 403. */
public class AccessDeniedException extends BilingualException {

    public AccessDeniedException(String code, String messageEn, String messageId) {
        super(code, messageEn, messageId);
    }
}
