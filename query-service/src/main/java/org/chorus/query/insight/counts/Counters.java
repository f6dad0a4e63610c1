package org.chorus.query.insight.counts;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.pushEach;
import static com.mongodb.client.model.Updates.setOnInsert;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Counter documents keyed by their counter key. One add is one conditional upsert: {@code $inc} only when the
 * operation id is not among the counter's recent ones, recording it in the same write. When the id is there the
 * filter misses, the upsert tries to insert the existing {@code _id} and the duplicate key says: already applied.
 */
final class Counters implements Increments {
    /** How many operation ids a counter remembers: retries of an interrupted story update must come within them. */
    static final int RECENT_OPERATIONS = 500;

    private final MongoCollection<Document> themeCounts;
    private final MongoCollection<Document> storyTotals;

    Counters(MongoDatabase database) {
        this.themeCounts = database.getCollection(CounterFields.THEME_COUNTS);
        this.storyTotals = database.getCollection(CounterFields.STORY_TOTALS);
    }

    @Override
    public void add(String counterKey, int delta, String operationId) {
        MongoCollection<Document> counters = collectionOf(counterKey);
        Bson update = update(counterKey, delta, operationId);
        // a duplicate key means the counter exists without matching: the operation is there, or another story's
        // first add created the counter at the same moment and this one must go again
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                counters.updateOne(notHolding(counterKey, operationId), update, new UpdateOptions().upsert(true));
                return;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                Bson applied = and(eq(CounterFields.ID, counterKey), eq(CounterFields.OPS, operationId));
                if (counters.countDocuments(applied) > 0) {
                    return;
                }
            }
        }
        throw new IllegalStateException("counter " + counterKey + " kept refusing operation " + operationId);
    }

    /**
     * One unordered bulk write per counter collection; a counter the bulk could not write for a duplicate key (the
     * operation already there, or another story creating the counter at the same moment) goes again on its own.
     */
    @Override
    public void addAll(Map<String, Integer> deltas, String operationId) {
        Map<MongoCollection<Document>, List<String>> byCollection = new LinkedHashMap<>();
        deltas.keySet().forEach(counterKey ->
                byCollection.computeIfAbsent(collectionOf(counterKey), collection -> new ArrayList<>()).add(counterKey));
        byCollection.forEach((counters, keys) -> {
            List<UpdateOneModel<Document>> writes = keys.stream().map(counterKey -> new UpdateOneModel<Document>(
                    notHolding(counterKey, operationId), update(counterKey, deltas.get(counterKey), operationId),
                    new UpdateOptions().upsert(true))).toList();
            try {
                counters.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                for (BulkWriteError error : e.getWriteErrors()) {
                    if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                }
                e.getWriteErrors().forEach(error -> {
                    String counterKey = keys.get(error.getIndex());
                    add(counterKey, deltas.get(counterKey), operationId);
                });
            }
        });
    }

    private MongoCollection<Document> collectionOf(String counterKey) {
        return counterKey.startsWith(CounterKeys.THEME_BUCKET + CounterKeys.SEPARATOR) ? themeCounts : storyTotals;
    }

    // this counter, unless it already holds the operation
    private static Bson notHolding(String counterKey, String operationId) {
        return and(eq(CounterFields.ID, counterKey), ne(CounterFields.OPS, operationId));
    }

    private static Bson update(String counterKey, int delta, String operationId) {
        String[] parts = counterKey.split("\\" + CounterKeys.SEPARATOR);
        List<Bson> update = new ArrayList<>(List.of(inc(CounterFields.N, delta),
                pushEach(CounterFields.OPS, List.of(operationId), new PushOptions().slice(-RECENT_OPERATIONS))));
        if (parts[0].equals(CounterKeys.THEME_BUCKET)) {
            update.add(setOnInsert(new Document(CounterFields.FAMILY, parts[1]).append(CounterFields.KEY, parts[2])
                    .append(CounterFields.THEME, parts[3]).append(CounterFields.PLACE, parts[4])
                    .append(CounterFields.MONTH, parts[5]).append(CounterFields.FEELING, parts[6])));
        } else {
            update.add(setOnInsert(new Document(CounterFields.DIMENSION, parts[1])
                    .append(CounterFields.VALUE, parts[2])));
        }
        return combine(update);
    }
}
