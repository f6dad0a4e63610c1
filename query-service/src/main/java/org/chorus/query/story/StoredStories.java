package org.chorus.query.story;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chorus.query.mongo.IdCondition;
import org.chorus.query.mongo.InsertOnce;
import org.jspecify.annotations.Nullable;

/** The stories collection itself: each call one round trip, each write conditional in the server. */
final class StoredStories implements StoryDocuments {
    private final MongoCollection<Document> stories;

    StoredStories(MongoCollection<Document> stories) {
        this.stories = stories;
    }

    @Override
    public @Nullable Document current(String id) {
        return stories.find(eq(StoryFields.ID, id))
                .projection(Projections.include(StoryFields.LAST_SEQUENCE, StoryFields.ERASED, StoryFields.THEMES,
                        StoryFields.SUGGESTED_THEMES, StoryFields.CONSENT, StoryFields.PUBLISHED))
                .first();
    }

    @Override
    public @Nullable Document whole(String id) {
        return stories.find(eq(StoryFields.ID, id)).first();
    }

    @Override
    public boolean insert(Document created) {
        return InsertOnce.insert(stories, created);
    }

    // the changed document comes back with the write, so the observers need not read it again
    @Override
    public @Nullable Document update(String id, long last, Bson change) {
        return stories.findOneAndUpdate(IdCondition.filter(id, StoryFields.LAST_SEQUENCE, last), change,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    @Override
    public boolean replace(String id, long last, Document replacement) {
        return stories.replaceOne(IdCondition.filter(id, StoryFields.LAST_SEQUENCE, last), replacement)
                .getMatchedCount() == 1;
    }
}
