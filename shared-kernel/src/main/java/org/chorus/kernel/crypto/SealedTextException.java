package org.chorus.kernel.crypto;

/** A text could not be sealed or opened (wrong key, altered ciphertext). */
public final class SealedTextException extends RuntimeException {
    public SealedTextException(String message, Throwable cause) {
        super(message, cause);
    }
}
