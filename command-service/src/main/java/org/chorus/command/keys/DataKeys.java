package org.chorus.command.keys;

import java.util.Optional;
import org.chorus.kernel.story.StoryId;

/**
 * The key store: one data key per story content version. Destroying a key is erasure: whatever was sealed
 * under it can never be read again. Kept apart from the event store (own schema and datasource).
 */
public interface DataKeys {

    /** Creates a new key for a content version of a story and returns its id. */
    String create(StoryId storyId, int contentVersion);

    /** The key, while it exists. */
    Optional<byte[]> find(String keyId);

    /** The key, only while it is released to query-service. */
    Optional<byte[]> findReleased(String keyId);

    /** Releases the key to query-service (the approved, redacted version only). */
    void release(String keyId);

    /** Takes a release back without destroying the key (consent for analysis withdrawn). */
    void withhold(String keyId);

    void destroy(String keyId);

    /** Destroys every key of the story: erasure for good. */
    void destroyAll(StoryId storyId);
}
