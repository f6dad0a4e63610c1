package org.chorus.query.insight.counts;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.nin;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.pushEach;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.chorus.query.mongo.IdCondition;
import org.jspecify.annotations.Nullable;

/**
 * Counter documents keyed by their counter key: {@code {_id, n, v, ops}}, where {@code ops} holds the counter's
 * recent operations (each in a compact form, {@link #compact}, packed eight bytes each, oldest first, in one binary
 * value) and {@code v} counts its writes. An add reads the
 * counters it touches, in one query per collection, and learns for each whether it already holds the operation, and
 * its {@code v}. The counters that do not are written in one unordered bulk per collection, each write conditional
 * on the {@code v} read: {@code $inc} n, {@code $inc} v, and {@code ops} set to the operations read with this one
 * appended (the condition on {@code v} means they are still the counter's). A write that did not take (another add
 * came between, or created the counter first) goes round again, and the read then tells whether this operation is
 * among those that came between. One binary value rather than an array of 500: the wire server measures and copies a
 * counter whole at every update, element by element.
 * <p>
 * The condition is one plain {@code {_id, v}}, answered by a unique index (decision 19); "does not hold the operation"
 * needed {@code $ne} on the array, so every add scanned its collection and matched each counter's whole array. A
 * counter written before {@code v} existed takes that old condition once, which sets its {@code v}.
 */
final class Counters implements Increments {
    /** How many operation ids a counter remembers: retries of an interrupted story update must come within them. */
    static final int RECENT_OPERATIONS = 500;
    /** Rounds an add may lose to others writing the same counters (the partitions' consumers share them). */
    private static final int ROUNDS = 100;
    private static final int CREATE_BATCH = 1_000;

    private final MongoCollection<Document> themeCounts;
    private final MongoCollection<Document> storyTotals;

    Counters(MongoDatabase database) {
        this.themeCounts = database.getCollection(CounterFields.THEME_COUNTS);
        this.storyTotals = database.getCollection(CounterFields.STORY_TOTALS);
    }

    @Override
    public void add(String counterKey, int delta, String operationId) {
        addAll(Map.of(counterKey, delta), operationId);
    }

    @Override
    public void addAll(Map<String, Integer> deltas, String operationId) {
        Map<MongoCollection<Document>, Set<String>> byCollection = new LinkedHashMap<>();
        deltas.keySet().forEach(counterKey -> byCollection
                .computeIfAbsent(collectionOf(counterKey), collection -> new LinkedHashSet<>()).add(counterKey));
        Operation operation = new Operation(operationId, compact(operationId));
        byCollection.forEach((counters, keys) -> addAll(counters, keys, deltas, operation));
    }

    private static void addAll(MongoCollection<Document> counters, Set<String> keys, Map<String, Integer> deltas,
                               Operation operation) {
        Set<String> pending = keys;
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, Document> read = read(counters, pending);
            List<String> written = new ArrayList<>();
            List<WriteModel<Document>> writes = new ArrayList<>();
            for (String counterKey : pending) {
                Document counter = read.get(counterKey);
                if (counter != null && holds(counter, operation)) {
                    continue;
                }
                written.add(counterKey);
                writes.add(write(counterKey, counter, deltas.get(counterKey), operation));
            }
            if (writes.isEmpty() || tookAll(counters, writes)) {
                return;
            }
            pending = new LinkedHashSet<>(written);
        }
        throw new IllegalStateException("counters " + pending + " kept refusing operation " + operation.id());
    }

    /**
     * Writes counters that do not exist yet with their totals, in batches: what a rebuild derived from the stories.
     * Each starts at write count 0 with no operation recorded, so the first add after it takes the usual path. The
     * count is an int, as an add's {@code $inc} of an int leaves it.
     */
    void create(Map<String, Long> totals) {
        List<Document> theme = new ArrayList<>();
        List<Document> total = new ArrayList<>();
        totals.forEach((counterKey, n) -> {
            List<Document> batch = collectionOf(counterKey) == themeCounts ? theme : total;
            Document created = new Document(CounterFields.ID, counterKey).append(CounterFields.N, Math.toIntExact(n))
                    .append(CounterFields.V, 0L).append(CounterFields.OPS, packed(List.of()));
            created.putAll(fields(counterKey));
            batch.add(created);
            if (batch.size() == CREATE_BATCH) {
                insert(collectionOf(counterKey), batch);
            }
        });
        insert(themeCounts, theme);
        insert(storyTotals, total);
    }

    private static void insert(MongoCollection<Document> counters, List<Document> batch) {
        if (!batch.isEmpty()) {
            counters.insertMany(batch, new InsertManyOptions().ordered(false));
            batch.clear();
        }
    }

    // each counter's v and recent operations (the wire server's $elemMatch projection matches only documents in an
    // array, so the operation ids come whole)
    private static Map<String, Document> read(MongoCollection<Document> counters, Set<String> keys) {
        Map<String, Document> read = new HashMap<>();
        Bson fields = Projections.include(CounterFields.V, CounterFields.OPS);
        for (Document counter : counters.find(in(CounterFields.ID, keys)).projection(fields)) {
            read.put(counter.getString(CounterFields.ID), counter);
        }
        return read;
    }

    private static WriteModel<Document> write(String counterKey, @Nullable Document counter, int delta,
                                              Operation operation) {
        if (counter == null) {
            Document created = new Document(CounterFields.ID, counterKey).append(CounterFields.N, delta)
                    .append(CounterFields.V, 1L).append(CounterFields.OPS, packed(List.of(operation.compact())));
            created.putAll(fields(counterKey));
            return new InsertOneModel<>(created);
        }
        Object version = counter.get(CounterFields.V);
        if (version == null) {
            // written before the write count: the old condition, once; this write gives the counter its count
            return new UpdateOneModel<>(
                    and(eq(CounterFields.ID, counterKey), nin(CounterFields.OPS, operation.id(), operation.compact())),
                    combine(inc(CounterFields.N, delta), inc(CounterFields.V, 1L),
                            pushEach(CounterFields.OPS, List.of(operation.compact()),
                                    new PushOptions().slice(-RECENT_OPERATIONS))));
        }
        List<Long> recent = new ArrayList<>(operations(counter));
        recent.add(operation.compact());
        List<Long> kept = recent.subList(Math.max(0, recent.size() - RECENT_OPERATIONS), recent.size());
        return new UpdateOneModel<>(IdCondition.filter(counterKey, CounterFields.V, version),
                combine(inc(CounterFields.N, delta), inc(CounterFields.V, 1L), set(CounterFields.OPS, packed(kept))));
    }

    private static boolean holds(Document counter, Operation operation) {
        return operations(counter).contains(operation.compact());
    }

    /**
     * A counter's recent operations in compact form, oldest first: packed in one binary value, or, in counters written
     * before that, an array of compact forms and of ids as they are.
     */
    static List<Long> operations(Document counter) {
        Object ops = counter.get(CounterFields.OPS);
        List<Long> operations = new ArrayList<>();
        if (ops instanceof Binary packed) {
            ByteBuffer bytes = ByteBuffer.wrap(packed.getData());
            while (bytes.remaining() >= Long.BYTES) {
                operations.add(bytes.getLong());
            }
        } else if (ops instanceof List<?> list) {
            list.forEach(op -> operations.add(op instanceof Number compact ? compact.longValue()
                    : compact(op.toString())));
        }
        return operations;
    }

    static Binary packed(List<Long> operations) {
        ByteBuffer bytes = ByteBuffer.allocate(operations.size() * Long.BYTES);
        operations.forEach(bytes::putLong);
        return new Binary(bytes.array());
    }

    // an operation id with its compact form, worked out once per add
    private record Operation(String id, long compact) {
    }

    /**
     * An operation id as a counter remembers it: the first eight bytes of its SHA-256. A story id and version as text
     * took some 40 bytes, and the wire server copies, compares and measures a counter's whole array at every write;
     * two of a counter's recent operations share a compact form with odds of about one in 10^16.
     */
    static long compact(String operationId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(operationId.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    // whether every write took; one that did not (its counter changed since the read, or was created meanwhile)
    // is left for the next round
    private static boolean tookAll(MongoCollection<Document> counters, List<WriteModel<Document>> writes) {
        try {
            BulkWriteResult result = counters.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            return result.getMatchedCount() + result.getInsertedCount() == writes.size();
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            return false;
        }
    }

    private MongoCollection<Document> collectionOf(String counterKey) {
        return counterKey.startsWith(CounterKeys.THEME_BUCKET + CounterKeys.SEPARATOR) ? themeCounts : storyTotals;
    }

    // what a counter's key says, stored beside its count for the reports to filter on
    private static Document fields(String counterKey) {
        String[] parts = counterKey.split("\\" + CounterKeys.SEPARATOR);
        if (parts[0].equals(CounterKeys.THEME_BUCKET)) {
            return new Document(CounterFields.FAMILY, parts[1]).append(CounterFields.KEY, parts[2])
                    .append(CounterFields.THEME, parts[3]).append(CounterFields.PLACE, parts[4])
                    .append(CounterFields.MONTH, parts[5]).append(CounterFields.FEELING, parts[6]);
        }
        return new Document(CounterFields.DIMENSION, parts[1]).append(CounterFields.VALUE, parts[2]);
    }
}
