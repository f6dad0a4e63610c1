package org.chorus.query.story;

import com.mongodb.client.MongoDatabase;
import org.chorus.kernel.event.Topics;
import org.chorus.query.mongo.BufferedDocuments;
import org.chorus.query.mongo.SequencedDocuments;

/** The {@code stories} documents, as the story projection reads and writes them. */
public final class StoryDocuments {

    private StoryDocuments() {
    }

    /** Written one document at a time, each write conditional in the server: the live consumers. */
    public static SequencedDocuments stored(MongoDatabase database) {
        return SequencedDocuments.stored(database.getCollection(StoryFields.COLLECTION), StoryFields.LAST_SEQUENCE,
                StoryFields.LAST_SEQUENCE, StoryFields.ERASED, StoryFields.THEMES, StoryFields.SUGGESTED_THEMES,
                StoryFields.CONSENT, StoryFields.PUBLISHED);
    }

    /** Kept in memory for a poll and written once per poll: a rebuild, the only writer of its database. */
    public static BufferedDocuments buffered(MongoDatabase database) {
        return new BufferedDocuments(database.getCollection(StoryFields.COLLECTION), Topics.STORY_EVENTS,
                StoryFields.LAST_SEQUENCE);
    }
}
