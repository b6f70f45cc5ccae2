package id.go.cilegon.ppid.kit.messaging;

/** A consumed event that is well-formed but cannot be applied; it is parked with this reason. */
public class EventRejectedException extends RuntimeException {

    public EventRejectedException(String message) {
        super(message);
    }
}
