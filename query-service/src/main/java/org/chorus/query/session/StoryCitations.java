package org.chorus.query.session;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.UUID;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Records that a session (and a decision in it) cited stories. A set per story, so that applying a citation again
 * after an interrupted attempt or a redelivery changes nothing; story documents themselves are never touched.
 */
final class StoryCitations {
    private final SessionStore store;

    StoryCitations(SessionStore store) {
        this.store = store;
    }

    void cite(Collection<UUID> storyIds, String sessionId, @Nullable UUID decisionId) {
        // always built in the same field order: $addToSet compares embedded documents field by field
        Document citation = new Document(CitationFields.SESSION_ID, sessionId);
        if (decisionId != null) {
            citation.append(CitationFields.DECISION_ID, decisionId.toString());
        }
        for (UUID storyId : new LinkedHashSet<>(storyIds)) {
            store.cite(storyId.toString(), citation);
        }
    }
}
