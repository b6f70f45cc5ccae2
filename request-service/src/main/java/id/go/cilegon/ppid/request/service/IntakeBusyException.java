package id.go.cilegon.ppid.request.service;

/** A submission was not accepted because intake is saturated or stopping; nothing was written, a retry is safe. */
public class IntakeBusyException extends RuntimeException {

    public IntakeBusyException(String reason) {
        super("Intake is busy: " + reason);
    }
}
