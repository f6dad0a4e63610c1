package org.chorus.query.keys;

/**
 * command-service's key endpoint could not say whether a key is released (unreachable, an error status, a wrong
 * answer): the event needing the key is retried until it can, never set aside as poison.
 */
public final class KeyServiceUnavailableException extends RuntimeException {

    KeyServiceUnavailableException(String message) {
        super(message);
    }

    KeyServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
