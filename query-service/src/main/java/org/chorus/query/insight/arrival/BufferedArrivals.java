package org.chorus.query.insight.arrival;

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
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.chorus.query.story.BufferedInRebuild;
import org.jspecify.annotations.Nullable;

/**
 * The arrival log of a database a rebuild fills alone: marks read once per poll, numbers taken in memory, and the
 * poll's arrivals, marks and counter written together when flushed, with no number ever left pending.
 */
final class BufferedArrivals implements BufferedInRebuild.Buffered, ArrivalBook {
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> arrivals;
    private final MongoCollection<Document> counter;
    private final MongoCollection<Document> marks;
    private final Map<String, Optional<Document>> known = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();
    private final List<Document> logged = new ArrayList<>();
    private long last = -1;

    BufferedArrivals(MongoDatabase database) {
        this.arrivals = database.getCollection(ArrivalFields.ARRIVALS);
        this.counter = database.getCollection(ArrivalFields.COUNTER);
        this.marks = database.getCollection(ArrivalFields.MARKS);
    }

    @Override
    public void settled(String storyId, @Nullable Document story) {
        ArrivalBook.settle(this, storyId, story);
    }

    @Override
    public void load(Collection<String> storyIds) {
        List<String> missing = storyIds.stream().filter(id -> !known.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            Map<String, Document> found = new HashMap<>();
            marks.find(in(ArrivalFields.ID, missing)).forEach(mark -> found.put(mark.getString(ArrivalFields.ID), mark));
            missing.forEach(id -> known.put(id, Optional.ofNullable(found.get(id))));
        }
    }

    @Override
    public @Nullable Document mark(String storyId) {
        load(List.of(storyId));
        return known.get(storyId).orElse(null);
    }

    @Override
    public void hide(String storyId) {
        Document mark = new Document(mark(storyId));
        mark.put(ArrivalFields.VISIBLE, false);
        mark.remove(ArrivalFields.PENDING);
        store(storyId, mark);
    }

    @Override
    public void arrive(String storyId, @Nullable Document mark) {
        long number = lastTaken() + 1;
        last = number;
        logged.add(new Document(ArrivalFields.ID, number).append(ArrivalFields.STORY_ID, storyId)
                .append(ArrivalFields.LOGGED_AT, new Date()));
        store(storyId, new Document(ArrivalFields.ID, storyId).append(ArrivalFields.VISIBLE, true)
                .append(ArrivalFields.ARRIVAL, number));
    }

    // every write a replacement by _id, so a flush cut short by an outage is simply repeated
    @Override
    public void flush() {
        if (!logged.isEmpty()) {
            arrivals.bulkWrite(logged.stream().<WriteModel<Document>>map(arrival -> new ReplaceOneModel<>(
                    eq(ArrivalFields.ID, arrival.get(ArrivalFields.ID)), arrival, UPSERT)).toList(), UNORDERED);
            counter.replaceOne(eq(ArrivalFields.ID, ArrivalFields.COUNTER_ID),
                    new Document(ArrivalFields.ID, ArrivalFields.COUNTER_ID).append(ArrivalFields.LAST, last), UPSERT);
        }
        if (!changed.isEmpty()) {
            marks.bulkWrite(changed.stream().<WriteModel<Document>>map(id -> new ReplaceOneModel<>(
                    eq(ArrivalFields.ID, id), known.get(id).orElseThrow(), UPSERT)).toList(), UNORDERED);
        }
        logged.clear();
        changed.clear();
        known.clear();
    }

    private long lastTaken() {
        if (last < 0) {
            Document current = counter.find(eq(ArrivalFields.ID, ArrivalFields.COUNTER_ID)).first();
            last = current == null ? 0 : current.get(ArrivalFields.LAST, Number.class).longValue();
        }
        return last;
    }

    private void store(String storyId, Document mark) {
        known.put(storyId, Optional.of(mark));
        changed.add(storyId);
    }
}
