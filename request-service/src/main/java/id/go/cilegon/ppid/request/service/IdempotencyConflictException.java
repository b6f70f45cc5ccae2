package id.go.cilegon.ppid.request.service;

/** An Idempotency-Key that was already used for a different submission. */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException() {
        super("Idempotency-Key reused with a different body");
    }
}
