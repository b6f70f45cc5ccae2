package id.go.cilegon.ppid.contracts;

/** An event that cannot be read: a missing or invalid CloudEvents header, malformed JSON or an invalid payload. */
public class InvalidEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
