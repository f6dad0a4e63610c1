package org.chorus.command.keys;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The key store: data keys for personal data, each belonging to an owner (a story, one key per content version and
 * one for its shared equality profile, marked version -1; a session participant, one key). Destroying a key is
 * erasure: whatever was sealed under it can never be read again. Kept apart from the event store (own schema and
 * datasource); every erasure is also recorded in a ledger kept with the events, which outlives a key store restore.
 */
public interface DataKeys {

    /** Creates a new key for a version of an owner's data and returns its id. */
    String create(UUID owner, int version);

    /** The key, while it exists. */
    Optional<byte[]> find(String keyId);

    /** The key, only while it is released to query-service. */
    Optional<byte[]> findReleased(String keyId);

    /** The keys of {@code keyIds} that are released to query-service now, by key id; the others are left out. */
    default Map<String, byte[]> findReleased(Collection<String> keyIds) {
        Map<String, byte[]> released = new LinkedHashMap<>();
        keyIds.forEach(keyId -> findReleased(keyId).ifPresent(key -> released.put(keyId, key)));
        return released;
    }

    /**
     * Releases the key to query-service (a story's approved, redacted version; its equality profile; a participant's
     * key).
     */
    void release(String keyId);

    /** Takes a release back without destroying the key (consent for analysis withdrawn). */
    void withhold(String keyId);

    /** Destroys one key for good, recording the erasure in the ledger first. */
    void destroy(String keyId, Erasure reason);

    /** Destroys every key of the owner: erasure for good, recorded in the ledger first. */
    void destroyAll(UUID owner, Erasure reason);
}
