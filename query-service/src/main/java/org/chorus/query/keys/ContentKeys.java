package org.chorus.query.keys;

import java.util.Optional;

/**
 * Where projections and readers get data keys from command-service's key release: published story versions and
 * session participants' keys.
 */
public interface ContentKeys {

    /**
     * The released key, or empty when command-service does not release it (never released, superseded or destroyed).
     * Throws when command-service cannot answer, so that the event is retried rather than stored without content.
     */
    Optional<byte[]> find(String keyId);
}
