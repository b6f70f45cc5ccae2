package id.go.cilegon.ppid.notification.delivery;

/** A delivery attempt failed in a way that may pass on a later try (server down, timeout, 5xx). */
public class DeliveryException extends Exception {

    public DeliveryException(String message) {
        super(message);
    }

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
