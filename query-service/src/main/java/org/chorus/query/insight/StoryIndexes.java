package org.chorus.query.insight;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.chorus.query.mongo.IdCondition;
import org.chorus.query.story.StoryFields;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Declares the indexes the feed needs on MongoDB 8 (the embedded store accepts and ignores them), and the
 * {@link IdCondition} index of the story projection's conditional writes.
 */
@Component
class StoryIndexes {
    private final MongoDatabase database;

    StoryIndexes(MongoDatabase database) {
        this.database = database;
    }

    @EventListener(ApplicationReadyEvent.class)
    void declare() {
        MongoCollection<Document> stories = database.getCollection(StoryFields.COLLECTION);
        stories.createIndex(Indexes.compoundIndex(Indexes.ascending(StoryFields.STATUS, StoryFields.CONSENT_ANALYSIS),
                Indexes.descending(StoryFields.APPROVED_AT, StoryFields.ID)));
        stories.createIndex(Indexes.ascending(StoryFields.THEMES));
        stories.createIndex(Indexes.ascending(StoryFields.PLACE));
        IdCondition.declare(stories, StoryFields.LAST_SEQUENCE);
    }
}
