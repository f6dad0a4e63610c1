package org.chorus.query.session;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addToSet;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
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
    private final MongoCollection<Document> citations;

    StoryCitations(MongoDatabase database) {
        this.citations = database.getCollection(CitationFields.COLLECTION);
    }

    void cite(Collection<UUID> storyIds, String sessionId, @Nullable UUID decisionId) {
        // always built in the same field order: $addToSet compares embedded documents field by field
        Document citation = new Document(CitationFields.SESSION_ID, sessionId);
        if (decisionId != null) {
            citation.append(CitationFields.DECISION_ID, decisionId.toString());
        }
        for (UUID storyId : new LinkedHashSet<>(storyIds)) {
            citations.updateOne(eq(CitationFields.ID, storyId.toString()), addToSet(CitationFields.CITED_BY, citation),
                    new UpdateOptions().upsert(true));
        }
    }
}
