package id.go.cilegon.ppid.index.service;

import id.go.cilegon.ppid.kit.problem.BilingualException;

/** Nothing is known about the OPD asked for; answered as 404. */
public class NotFoundException extends BilingualException {

    public NotFoundException(String code, String messageEn, String messageId) {
        super(code, messageEn, messageId);
    }
}
