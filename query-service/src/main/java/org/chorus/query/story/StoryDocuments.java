package org.chorus.query.story;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/**
 * Where the story projection reads and writes the {@code stories} documents: straight to the collection (the live
 * consumers, {@link #in}), or through a single writer's buffer flushed once per poll ({@link BufferedStories}, a
 * rebuild). Every write is conditional on the story's {@code lastSequence}, as the projection reasons about it.
 */
public interface StoryDocuments {

    /** The stories of a database, written one document at a time. */
    static StoryDocuments in(com.mongodb.client.MongoDatabase database) {
        return new StoredStories(database.getCollection(StoryFields.COLLECTION));
    }

    /** The story's document, at least the fields the projection decides on; null when there is none. */
    @Nullable Document current(String id);

    /** The story's whole document, as observers are told it; null when there is none. */
    @Nullable Document whole(String id);

    /** Inserts a story's first document; false when the story already has one. */
    boolean insert(Document created);

    /** Applies the change when the story's last sequence is {@code last}; the changed document, or null when not. */
    @Nullable Document update(String id, long last, Bson change);

    /** Replaces the document when the story's last sequence is {@code last}; false when it is not. */
    boolean replace(String id, long last, Document replacement);
}
