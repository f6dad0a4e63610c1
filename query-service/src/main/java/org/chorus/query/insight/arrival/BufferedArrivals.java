package org.chorus.query.insight.arrival;

import com.mongodb.client.MongoDatabase;
import java.util.Date;
import org.bson.Document;
import org.chorus.kernel.event.Topics;
import org.chorus.query.mongo.ById;
import org.chorus.query.mongo.PollKeys;
import org.chorus.query.story.BufferedInRebuild;
import org.jspecify.annotations.Nullable;

/**
 * The arrival log of a database a rebuild fills alone: marks read once per poll, numbers taken in memory, and the
 * poll's arrivals, marks and counter written together when flushed, with no number ever left pending.
 */
final class BufferedArrivals implements BufferedInRebuild.Buffered, ArrivalBook {
    private final ById arrivals;
    private final ById counter;
    private final ById marks;
    private long last = -1;

    BufferedArrivals(MongoDatabase database) {
        this.arrivals = new ById(database.getCollection(ArrivalFields.ARRIVALS));
        this.counter = new ById(database.getCollection(ArrivalFields.COUNTER));
        this.marks = new ById(database.getCollection(ArrivalFields.MARKS));
    }

    @Override
    public void settled(String storyId, @Nullable Document story) {
        ArrivalBook.settle(this, storyId, story);
    }

    @Override
    public void load(PollKeys keys) {
        marks.load(keys.of(Topics.STORY_EVENTS));
    }

    @Override
    public @Nullable Document mark(String storyId) {
        return marks.get(storyId);
    }

    @Override
    public void hide(String storyId) {
        Document mark = new Document(mark(storyId));
        mark.put(ArrivalFields.VISIBLE, false);
        mark.remove(ArrivalFields.PENDING);
        marks.put(storyId, mark);
    }

    @Override
    public void arrive(String storyId, @Nullable Document mark) {
        long number = lastTaken() + 1;
        last = number;
        arrivals.put(number, new Document(ArrivalFields.ID, number).append(ArrivalFields.STORY_ID, storyId)
                .append(ArrivalFields.LOGGED_AT, new Date()));
        counter.put(ArrivalFields.COUNTER_ID,
                new Document(ArrivalFields.ID, ArrivalFields.COUNTER_ID).append(ArrivalFields.LAST, number));
        marks.put(storyId, new Document(ArrivalFields.ID, storyId).append(ArrivalFields.VISIBLE, true)
                .append(ArrivalFields.ARRIVAL, number));
    }

    // arrivals, then the counter, then the marks; each a replacement by _id, repeated whole after an outage
    @Override
    public void flush() {
        arrivals.flush();
        counter.flush();
        marks.flush();
    }

    private long lastTaken() {
        if (last < 0) {
            Document current = counter.get(ArrivalFields.COUNTER_ID);
            last = current == null ? 0 : current.get(ArrivalFields.LAST, Number.class).longValue();
        }
        return last;
    }
}
