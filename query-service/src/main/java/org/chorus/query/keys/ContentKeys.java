package org.chorus.query.story;

import java.util.Optional;

/** Where the projection gets the data keys of published story versions (command-service's key release). */
public interface ContentKeys {

    /**
     * The released key, or empty when command-service does not release it (never released, superseded or destroyed).
     * Throws when command-service cannot answer, so that the event is retried rather than stored without content.
     */
    Optional<byte[]> find(String keyId);
}
