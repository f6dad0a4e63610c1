package org.chorus.query.story;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

/**
 * The stories of a database only one writer fills (a rebuild's fresh database), read in one request per poll
 * ({@link #load}) and written in one unordered bulk write per poll ({@link #flush}): each story changed since the last
 * flush replaced once, whole, by its latest document. The conditions of the projection's writes are checked here, in
 * memory, against the buffered documents, which nothing else changes. Until {@link #flush} returns, a read of the
 * collection does not see the changes.
 */
public final class BufferedStories implements StoryDocuments, PollBuffer {
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> stories;
    private final Map<String, Optional<Document>> known = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();

    public BufferedStories(MongoDatabase database) {
        this.stories = database.getCollection(StoryFields.COLLECTION);
    }

    @Override
    public void load(Collection<String> ids) {
        List<String> missing = ids.stream().filter(id -> !known.containsKey(id)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        // read whole before anything is remembered: a read cut short by an outage is read again
        Map<String, Document> found = new HashMap<>();
        stories.find(in(StoryFields.ID, missing)).forEach(story -> found.put(story.getString(StoryFields.ID), story));
        missing.forEach(id -> known.put(id, Optional.ofNullable(found.get(id))));
    }

    @Override
    public void flush() {
        if (!changed.isEmpty()) {
            List<WriteModel<Document>> writes = new ArrayList<>(changed.size());
            changed.forEach(id -> writes.add(new ReplaceOneModel<>(eq(StoryFields.ID, id),
                    known.get(id).orElseThrow(), UPSERT)));
            stories.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        changed.clear();
        known.clear();
    }

    /** How many stories wait for the next flush. */
    public int pending() {
        return changed.size();
    }

    @Override
    public @Nullable Document current(String id) {
        load(List.of(id));
        return known.get(id).orElse(null);
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
        store(id, created);
        return true;
    }

    @Override
    public @Nullable Document update(String id, long last, Bson change) {
        Document now = current(id);
        if (now == null || lastSequence(now) != last) {
            return null;
        }
        Document next = DocumentUpdate.applied(now, change);
        store(id, next);
        return next;
    }

    @Override
    public boolean replace(String id, long last, Document replacement) {
        Document now = current(id);
        if (now == null || lastSequence(now) != last) {
            return false;
        }
        store(id, replacement);
        return true;
    }

    private void store(String id, Document story) {
        known.put(id, Optional.of(story));
        changed.add(id);
    }

    private static long lastSequence(Document story) {
        return ((Number) story.get(StoryFields.LAST_SEQUENCE)).longValue();
    }
}
