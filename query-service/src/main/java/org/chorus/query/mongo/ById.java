package org.chorus.query.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
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
import org.jspecify.annotations.Nullable;

/**
 * Documents of one collection kept in memory by {@code _id} between two flushes, for a writer no one else writes
 * beside (a rebuild's fresh database): read in one request for many ids ({@link #load}), changed in memory
 * ({@link #put}), and written in one unordered bulk write ({@link #flush}), each changed document replaced once,
 * whole. Every write is a replacement by {@code _id}, so a flush cut short by an outage is simply repeated.
 */
public final class ById {
    private static final String ID = "_id";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> collection;
    private final Map<Object, Optional<Document>> known = new HashMap<>();
    private final Set<Object> changed = new LinkedHashSet<>();

    public ById(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** Reads the documents of these ids not held yet, in one request. */
    public void load(Collection<?> ids) {
        List<?> missing = ids.stream().filter(id -> !known.containsKey(id)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        // read whole before anything is remembered: a read cut short by an outage is read again
        Map<Object, Document> found = new HashMap<>();
        collection.find(in(ID, missing)).forEach(document -> found.put(document.get(ID), document));
        missing.forEach(id -> known.put(id, Optional.ofNullable(found.get(id))));
    }

    /** The document as this writer last left it, read first if not held; null when there is none. */
    public @Nullable Document get(Object id) {
        Optional<Document> held = known.get(id);
        if (held == null) {
            load(List.of(id));
            held = known.get(id);
        }
        return held.orElse(null);
    }

    /** Keeps this document as the one to write for its id at the next flush. */
    public void put(Object id, Document document) {
        known.put(id, Optional.of(document));
        changed.add(id);
    }

    /** How many documents wait for the next flush. */
    public int pending() {
        return changed.size();
    }

    /** Writes every document changed since the last flush, then forgets what it held. */
    public void flush() {
        if (!changed.isEmpty()) {
            List<WriteModel<Document>> writes = new ArrayList<>(changed.size());
            changed.forEach(id -> writes.add(new ReplaceOneModel<>(eq(ID, id), known.get(id).orElseThrow(), UPSERT)));
            collection.bulkWrite(writes, UNORDERED);
        }
        changed.clear();
        known.clear();
    }
}
