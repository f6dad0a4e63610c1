package org.chorus.query.story;

import com.mongodb.client.MongoDatabase;
import org.chorus.query.mongo.PollBuffer;

/**
 * A story observer that follows the events of a rebuild through a {@link PollBuffer} over the database being filled,
 * instead of writing each step of its crash-safe way at once: a rebuild that dies leaves that database unused.
 */
public interface BufferedInRebuild extends StoryObserver {

    /** The same read model over the rebuild's database, written once per poll. */
    Buffered buffered(MongoDatabase database);

    /** A story observer that writes when flushed. */
    interface Buffered extends StoryObserver, PollBuffer {
    }
}
