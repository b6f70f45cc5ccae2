package id.go.cilegon.ppid.routing.domain;

import id.go.cilegon.ppid.kit.problem.BilingualException;

/** An OPD, register entry or request routing-service does not know; answered as 404. */
public class NotFoundException extends BilingualException {

    public NotFoundException(String code, String messageEn, String messageId) {
        super(code, messageEn, messageId);
    }
}
