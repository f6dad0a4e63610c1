package org.chorus.query.story;

import com.mongodb.client.MongoDatabase;
import java.util.Collection;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chorus.query.mongo.ById;
import org.jspecify.annotations.Nullable;

/**
 * The stories of a database only one writer fills (a rebuild's fresh database), read in one request per poll
 * ({@link #load}) and written in one unordered bulk write per poll ({@link #flush}): each story changed since the last
 * flush replaced once, whole, by its latest document. The conditions of the projection's writes are checked here, in
 * memory, against the buffered documents, which nothing else changes. Until {@link #flush} returns, a read of the
 * collection does not see the changes.
 */
public final class BufferedStories implements StoryDocuments, PollBuffer {
    private final ById stories;

    public BufferedStories(MongoDatabase database) {
        this.stories = new ById(database.getCollection(StoryFields.COLLECTION));
    }

    @Override
    public void load(Collection<String> ids) {
        stories.load(ids);
    }

    @Override
    public void flush() {
        stories.flush();
    }

    /** How many stories wait for the next flush. */
    public int pending() {
        return stories.pending();
    }

    @Override
    public @Nullable Document current(String id) {
        return stories.get(id);
    }

    @Override
    public @Nullable Document whole(String id) {
        return current(id);
    }

    @Override
    public boolean insert(Document created) {
        String id = created.getString(StoryFields.ID);
        if (current(id) != null) {
            return false;
        }
        stories.put(id, created);
        return true;
    }

    @Override
    public @Nullable Document update(String id, long last, Bson change) {
        Document now = current(id);
        if (now == null || lastSequence(now) != last) {
            return null;
        }
        Document next = DocumentUpdate.applied(now, change);
        stories.put(id, next);
        return next;
    }

    @Override
    public boolean replace(String id, long last, Document replacement) {
        Document now = current(id);
        if (now == null || lastSequence(now) != last) {
            return false;
        }
        stories.put(id, replacement);
        return true;
    }

    private static long lastSequence(Document story) {
        return ((Number) story.get(StoryFields.LAST_SEQUENCE)).longValue();
    }
}
