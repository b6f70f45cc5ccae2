package id.go.cilegon.ppid.notification.delivery;

/** There is nowhere to send a message (no address on record, contact erased); retrying would not help. */
public class UndeliverableException extends RuntimeException {

    public UndeliverableException(String message) {
        super(message);
    }
}
