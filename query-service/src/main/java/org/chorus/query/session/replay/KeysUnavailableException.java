package org.chorus.query.session.replay;

/** command-service could not say whether a participant's key exists; the texts cannot be shown or hidden truthfully. */
public final class KeysUnavailableException extends RuntimeException {

    KeysUnavailableException(String keyId, RuntimeException cause) {
        super("key " + keyId + " could not be fetched", cause);
    }
}
