package org.chorus.query.insight.counts;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.result.UpdateResult;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chorus.query.mongo.IdCondition;
import org.chorus.query.mongo.InsertOnce;
import org.chorus.query.story.DerivedFromStories;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps the counters in line with a story document after each story event settles. What a story has been counted
 * with lives in its own {@code story_counted} document (withdrawal replaces the story document by a tombstone, so it
 * cannot live there), versioned. A change goes in three steps, each one idempotent single-document write:
 * <ol>
 * <li>the wanted contribution is written as the record's {@code target}, only while the record has none and is still
 * at the version it was read at (its {@code stage} is twice that version);</li>
 * <li>each counter in the difference between the counted and the target keys gets its +1 or -1, with operation id
 * {@code storyId:version+1}, applied at most once per counter;</li>
 * <li>the record moves to the target and the next version, conditional on the version.</li>
 * </ol>
 * A crash after any of these writes leaves a target behind: the next call (the redelivered event) finishes that
 * very target first, repeating increments that are already applied to no effect, then compares with the story again.
 * A call reads the record once; after each of its conditional writes that took it goes on from what it wrote, and
 * reads again only after one that did not.
 * <p>
 * A rebuild derives the records and the counters from the rebuilt stories instead ({@link #derivation()}): the
 * counters are a function of the story documents, so one pass over them writes what the events would have added up
 * to, each counter once.
 */
@Component
public class StoryCounter implements DerivedFromStories {
    private static final int MAX_ROUNDS = 10;

    private final MongoCollection<Document> counted;
    private final Increments increments;
    private final Counters counters;

    @Autowired
    StoryCounter(MongoDatabase database) {
        this(database, new Counters(database));
    }

    StoryCounter(MongoDatabase database, Increments increments) {
        this.counted = database.getCollection(CounterFields.COUNTED);
        this.increments = increments;
        this.counters = new Counters(database);
    }

    /**
     * Each story that counts gets its record, settled at version 1 (as its first event leaves it live), and every
     * counter its total; counters and records that would count nothing are not written (a counter at zero, a record
     * of nothing counted, say what no document says).
     */
    @Override
    public Derivation derivation() {
        Map<String, Long> totals = new HashMap<>();
        return new Derivation() {
            @Override
            public void accept(List<Document> stories) {
                List<Document> records = new ArrayList<>();
                for (Document story : stories) {
                    List<String> keys = CounterKeys.of(story);
                    if (!keys.isEmpty()) {
                        records.add(new Document(CounterFields.ID, story.getString(CounterFields.ID))
                                .append(CounterFields.VERSION, 1L).append(CounterFields.CONTRIBUTION, keys)
                                .append(CounterFields.STAGE, settled(1)));
                        keys.forEach(key -> totals.merge(key, 1L, Long::sum));
                    }
                }
                if (!records.isEmpty()) {
                    counted.insertMany(records, new InsertManyOptions().ordered(false));
                }
            }

            @Override
            public void finish() {
                counters.create(totals);
            }
        };
    }

    @Override
    public void settled(String storyId, @Nullable Document story) {
        List<String> wanted = CounterKeys.of(story);
        Document record = read(storyId);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            // after a write of ours took, the record is what we wrote; after one that did not, it is read again
            if (record != null && record.containsKey(CounterFields.TARGET)) {
                Document finished = finish(storyId, record);
                record = finished != null ? finished : read(storyId);
                continue;
            }
            List<String> now = record == null ? List.of() : keys(record, CounterFields.CONTRIBUTION);
            if (Set.copyOf(wanted).equals(Set.copyOf(now))) {
                return;
            }
            Document aimed = aim(storyId, record, wanted);
            record = aimed != null ? aimed : read(storyId);
        }
        throw new IllegalStateException("story " + storyId + ": counters did not settle in " + MAX_ROUNDS + " rounds");
    }

    private @Nullable Document read(String storyId) {
        return counted.find(eq(CounterFields.ID, storyId)).first();
    }

    // step 1: a new record is inserted with its target; an existing one takes it only at the version read.
    // Answers the record as written, or null when another write came first
    private @Nullable Document aim(String storyId, @Nullable Document record, List<String> wanted) {
        if (record == null) {
            Document inserted = new Document(CounterFields.ID, storyId).append(CounterFields.VERSION, 0L)
                    .append(CounterFields.CONTRIBUTION, List.of()).append(CounterFields.TARGET, wanted)
                    .append(CounterFields.STAGE, aimed(0));
            return InsertOnce.insert(counted, inserted) ? inserted : null;
        }
        long version = version(record);
        // a record written before the stage field takes the old condition once; every write from here on keeps it
        Bson unaimed = record.containsKey(CounterFields.STAGE)
                ? IdCondition.filter(storyId, CounterFields.STAGE, settled(version))
                : and(eq(CounterFields.ID, storyId), eq(CounterFields.VERSION, version),
                        exists(CounterFields.TARGET, false));
        UpdateResult took = counted.updateOne(unaimed,
                combine(set(CounterFields.TARGET, wanted), set(CounterFields.STAGE, aimed(version))));
        return took.getMatchedCount() == 1 ? new Document(record).append(CounterFields.TARGET, wanted)
                .append(CounterFields.STAGE, aimed(version)) : null;
    }

    // steps 2 and 3; answers the record as written, or null when another write came first
    private @Nullable Document finish(String storyId, Document record) {
        long version = version(record);
        String operation = storyId + ":" + (version + 1);
        Set<String> before = new LinkedHashSet<>(keys(record, CounterFields.CONTRIBUTION));
        Set<String> after = new LinkedHashSet<>(keys(record, CounterFields.TARGET));
        Map<String, Integer> deltas = new LinkedHashMap<>();
        after.stream().filter(key -> !before.contains(key)).forEach(key -> deltas.put(key, 1));
        before.stream().filter(key -> !after.contains(key)).forEach(key -> deltas.put(key, -1));
        increments.addAll(deltas, operation);
        UpdateResult moved = counted.updateOne(IdCondition.filter(storyId, CounterFields.VERSION, version),
                combine(set(CounterFields.CONTRIBUTION, List.copyOf(after)), set(CounterFields.VERSION, version + 1),
                        set(CounterFields.STAGE, settled(version + 1)), unset(CounterFields.TARGET)));
        if (moved.getMatchedCount() != 1) {
            return null;
        }
        Document finished = new Document(record).append(CounterFields.CONTRIBUTION, List.copyOf(after))
                .append(CounterFields.VERSION, version + 1).append(CounterFields.STAGE, settled(version + 1));
        finished.remove(CounterFields.TARGET);
        return finished;
    }

    private static List<String> keys(Document record, String field) {
        return record.getList(field, String.class, List.of());
    }

    // the stage of a record at a version without a target, and with one
    private static long settled(long version) {
        return 2 * version;
    }

    private static long aimed(long version) {
        return 2 * version + 1;
    }

    private static long version(Document record) {
        return ((Number) record.get(CounterFields.VERSION)).longValue();
    }
}
