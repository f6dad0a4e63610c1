package org.chorus.command.idempotency;

/** The same idempotency key came back with a different body (answered 409). */
public class IdempotencyKeyReused extends RuntimeException {
    public IdempotencyKeyReused() {
        super("This Idempotency-Key was already used with a different request body.", null, false, false);
    }
}
