package org.chorus.query.insight.arrival;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chorus.query.insight.VisibleStory;
import org.chorus.query.mongo.IdCondition;
import org.chorus.query.mongo.InsertOnce;
import org.chorus.query.story.StoryFields;
import org.chorus.query.story.BufferedInRebuild;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Appends a story to the arrival log each time it becomes visible (approved, consented to analysis, not erased),
 * whatever its approval time, and reads the log for the live stream. Told after every story event settles, it reads
 * the story document and its mark, so a redelivered event logs nothing twice. Logging takes three single-document
 * writes, none needing a transaction:
 * <ol>
 * <li>a number from the counter ({@code $inc}), remembered in the story's mark as {@code pending};</li>
 * <li>the arrival document under that number (a duplicate insert is the same arrival written before);</li>
 * <li>the mark set visible with that arrival.</li>
 * </ol>
 * A crash before step 2 leaves a number without a document: readers wait for it for a while, then pass it, and the
 * redelivered event takes a fresh number rather than fill the old one late. A story hidden again clears its mark,
 * so showing it again (consent restored, approved again) is a new arrival. A rebuild logs through a buffer instead
 * ({@link BufferedArrivals}), by the same rule ({@link ArrivalBook#settle}).
 */
@Component
public class ArrivalLog implements BufferedInRebuild, SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ArrivalLog.class);
    private static final Bson VISIBILITY = Projections.include(StoryFields.ERASED, StoryFields.STATUS,
            StoryFields.CONSENT, StoryFields.APPROVED_AT);

    private final MongoCollection<Document> stories;
    private final MongoCollection<Document> arrivals;
    private final MongoCollection<Document> counter;
    private final MongoCollection<Document> marks;
    private final ArrivalBook stored = new Stored();
    private boolean running;

    ArrivalLog(MongoDatabase database) {
        this.stories = database.getCollection(StoryFields.COLLECTION);
        this.arrivals = database.getCollection(ArrivalFields.ARRIVALS);
        this.counter = database.getCollection(ArrivalFields.COUNTER);
        this.marks = database.getCollection(ArrivalFields.MARKS);
    }

    @Override
    public void settled(String storyId, @Nullable Document story) {
        ArrivalBook.settle(stored, storyId, story);
    }

    @Override
    public BufferedInRebuild.Buffered buffered(MongoDatabase database) {
        return new BufferedArrivals(database);
    }

    /** The last number taken, written or not; 0 before the first arrival. */
    public long last() {
        Document current = counter.find(eq(ArrivalFields.ID, ArrivalFields.COUNTER_ID)).first();
        return current == null ? 0 : current.get(ArrivalFields.LAST, Number.class).longValue();
    }

    /** Arrivals after one number up to and including another, oldest first, at most {@code limit}. */
    public List<Arrival> between(long after, long upTo, int limit) {
        return read(and(gt(ArrivalFields.ID, after), lte(ArrivalFields.ID, upTo)), limit);
    }

    /** Arrivals after a number, oldest first, at most {@code limit}. */
    public List<Arrival> after(long number, int limit) {
        return read(gt(ArrivalFields.ID, number), limit);
    }

    /** The number a story last arrived with; 0 when it has not arrived since the log began. */
    public long arrivalOf(String storyId) {
        Document mark = marks.find(eq(ArrivalFields.ID, storyId)).first();
        Number arrival = mark == null ? null : mark.get(ArrivalFields.ARRIVAL, Number.class);
        return arrival == null ? 0 : arrival.longValue();
    }

    private List<Arrival> read(Bson range, int limit) {
        List<Arrival> found = new ArrayList<>();
        arrivals.find(range).sort(ascending(ArrivalFields.ID)).limit(limit)
                .forEach(arrival -> found.add(new Arrival(arrival.get(ArrivalFields.ID, Number.class).longValue(),
                        arrival.getString(ArrivalFields.STORY_ID))));
        return found;
    }

    /**
     * The first start over a store without a log marks every story visible now as arrived before the log began (with
     * no number), so an event about an old story does not stream it as new. The counter is created last: a start
     * cut short marks again, which changes nothing.
     */
    @Override
    public synchronized void start() {
        if (counter.find(eq(ArrivalFields.ID, ArrivalFields.COUNTER_ID)).first() == null) {
            long marked = 0;
            for (Document story : stories.find().projection(VISIBILITY)) {
                if (VisibleStory.is(story) && InsertOnce.insert(marks, new Document(ArrivalFields.ID,
                        story.getString(StoryFields.ID)).append(ArrivalFields.VISIBLE, true))) {
                    marked++;
                }
            }
            InsertOnce.insert(counter, new Document(ArrivalFields.ID, ArrivalFields.COUNTER_ID)
                    .append(ArrivalFields.LAST, 0L));
            log.info("arrival log begun; {} stories already visible marked as arrived", marked);
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        running = false;
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    /** Begun before the consumers start feeding it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }

    /** The log's collections, each arrival in the three crash-safe steps. */
    private final class Stored implements ArrivalBook {
        @Override
        public @Nullable Document mark(String storyId) {
            return marks.find(eq(ArrivalFields.ID, storyId)).first();
        }

        @Override
        public void hide(String storyId) {
            marks.updateOne(eq(ArrivalFields.ID, storyId),
                    combine(set(ArrivalFields.VISIBLE, false), unset(ArrivalFields.PENDING)));
        }

        @Override
        public void arrive(String storyId, @Nullable Document mark) {
            long number = pendingOrTaken(storyId, mark);
            // a duplicate is the same arrival, written before a crash
            InsertOnce.insert(arrivals, new Document(ArrivalFields.ID, number).append(ArrivalFields.STORY_ID, storyId)
                    .append(ArrivalFields.LOGGED_AT, new Date()));
            marks.updateOne(IdCondition.filter(storyId, ArrivalFields.PENDING, number),
                    combine(set(ArrivalFields.VISIBLE, true), set(ArrivalFields.ARRIVAL, number),
                            unset(ArrivalFields.PENDING)));
        }

        // a pending number whose document was written is finished; one never written may already be passed by readers
        private long pendingOrTaken(String storyId, @Nullable Document mark) {
            Number pending = mark == null ? null : mark.get(ArrivalFields.PENDING, Number.class);
            if (pending != null && arrivals.find(eq(ArrivalFields.ID, pending.longValue())).first() != null) {
                return pending.longValue();
            }
            long number = take();
            marks.updateOne(eq(ArrivalFields.ID, storyId),
                    combine(set(ArrivalFields.VISIBLE, false), set(ArrivalFields.PENDING, number)),
                    new UpdateOptions().upsert(true));
            return number;
        }

        private long take() {
            Document taken = counter.findOneAndUpdate(eq(ArrivalFields.ID, ArrivalFields.COUNTER_ID),
                    inc(ArrivalFields.LAST, 1L),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
            return Objects.requireNonNull(taken).get(ArrivalFields.LAST, Number.class).longValue();
        }
    }
}
