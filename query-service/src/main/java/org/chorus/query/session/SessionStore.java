package org.chorus.query.session;

import java.util.Collection;
import java.util.List;
import org.bson.Document;

/**
 * Where the session projection reads and writes: straight to the collections (the live consumers,
 * {@link StoredSessions}), or through a single writer's buffer flushed once per poll ({@link BufferedSessions}, a
 * rebuild).
 */
interface SessionStore {

    /** The sequence of the last applied event of the session, or -1 when none was. */
    long lastSequence(String sessionId);

    /** Keeps an event document; keeping it again changes nothing. */
    void keep(Document event);

    /** The event documents among these ids that were kept. */
    List<Document> events(Collection<String> ids);

    /** Adds the citation to the story's set of citations, creating the set; adding it again changes nothing. */
    void cite(String storyId, Document citation);

    /** Records the session's first event as applied; false when the session is known already. */
    boolean start(String sessionId);

    /** Advances the session from {@code sequence - 1} to {@code sequence}; false when it was not there. */
    boolean advance(String sessionId, long sequence);
}
