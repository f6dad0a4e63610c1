package org.chorus.query.story;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chorus.kernel.codebook.Theme;
import org.chorus.kernel.story.StoryEvent;
import org.chorus.kernel.story.StoryShreddedEvent;
import org.chorus.kernel.story.StorySubmittedEvent;
import org.chorus.kernel.story.StoryWithdrawnEvent;
import org.chorus.query.keys.ContentKeys;
import org.chorus.query.mongo.SequencedDocuments;
import org.jspecify.annotations.Nullable;

/**
 * Applies story events to the {@code stories} read model, exactly once in effect and in order per story. Every
 * change is one conditional single-document write on {@code lastSequence}, so no Mongo transaction is needed; where
 * the documents live, and when they reach the collection, is the {@link SequencedDocuments}' concern.
 */
public final class StoryProjection {
    /** Rounds an erasure may lose to other writes of the same story (a consumer that lost the partition). */
    private static final int ERASE_ROUNDS = 10;

    private final SequencedDocuments stories;
    private final StoryChanges changes;
    private final StoryFollower follower;
    private final List<StoryObserver> observers;

    public StoryProjection(MongoDatabase database, ContentKeys keys) {
        this(database, keys, StoryFollower.NONE);
    }

    public StoryProjection(MongoDatabase database, ContentKeys keys, StoryFollower follower) {
        this(database, keys, follower, List::of);
    }

    /** With the codebook as the read side knows it, to suggest themes when a story's words are published. */
    public StoryProjection(MongoDatabase database, ContentKeys keys, StoryFollower follower,
            Supplier<List<Theme>> codebook) {
        this(database, keys, follower, codebook, List.of());
    }

    /** With read models derived from the story documents, told after each event settles. */
    public StoryProjection(MongoDatabase database, ContentKeys keys, StoryFollower follower,
            Supplier<List<Theme>> codebook, List<StoryObserver> observers) {
        this(StoryDocuments.stored(database), keys, follower, codebook, observers);
    }

    /** Over story documents read and written as given (a rebuild's buffer). */
    public StoryProjection(SequencedDocuments stories, ContentKeys keys, StoryFollower follower,
            Supplier<List<Theme>> codebook, List<StoryObserver> observers) {
        this.stories = stories;
        this.changes = new StoryChanges(new PublishedContent(keys), codebook);
        this.follower = follower;
        this.observers = List.copyOf(observers);
    }

    /**
     * Applies an event with its sequence number in the story and its commit time.
     *
     * @return false when the event was already applied, or the story is erased
     * @throws EventOutOfOrderException when an earlier event of the story has not been applied yet
     */
    public boolean apply(StoryEvent event, long sequence, Instant at) {
        String id = event.storyId().toString();
        Projected projected = project(event, id, sequence, at);
        if (!observers.isEmpty()) {
            Document settled = projected.settled() != null ? projected.settled() : stories.whole(id);
            observers.forEach(observer -> observer.settled(id, settled));
        }
        return projected.applied();
    }

    private Projected project(StoryEvent event, String id, long sequence, Instant at) {
        if (event instanceof StoryWithdrawnEvent || event instanceof StoryShreddedEvent) {
            return new Projected(erase(event, id, sequence), null);
        }
        if (sequence == 0 && event instanceof StorySubmittedEvent submitted) {
            return create(submitted, at);
        }
        Document current = stories.current(id);
        if (current == null) {
            throw new EventOutOfOrderException(id, sequence, -1);
        }
        if (covers(current, sequence)) {
            return new Projected(false, null);
        }
        if (lastSequence(current) < sequence - 1) {
            throw new EventOutOfOrderException(id, sequence, lastSequence(current));
        }
        follower.before(event);
        Bson change = combine(changes.after(event, at, current), set(StoryFields.LAST_SEQUENCE, sequence));
        // the condition needs no "not erased": a tombstone's lastSequence is its erasing event's, and no event but
        // another erasure follows that in a story (the aggregate refuses every other command once the story is
        // withdrawn or shredded)
        Document changed = stories.update(id, sequence - 1, change);
        if (changed != null) {
            return new Projected(true, changed);
        }
        Document now = stories.current(id);
        if (now != null && covers(now, sequence)) {
            return new Projected(false, null);
        }
        throw new EventOutOfOrderException(id, sequence, now == null ? -1 : lastSequence(now));
    }

    // the document inserted goes to the observers as it is; after a duplicate they read the one that was there
    private Projected create(StorySubmittedEvent event, Instant at) {
        // any document, a tombstone included, means the submission was applied: the follower must not hear it again
        if (stories.current(event.storyId().toString()) != null) {
            return new Projected(false, null);
        }
        follower.before(event);
        Document created = changes.created(event, at);
        return stories.insert(created) ? new Projected(true, created) : new Projected(false, null);
    }

    // erasure does not wait for a gap to fill: whatever arrives later finds the tombstone and is ignored. The write
    // is conditional on the lastSequence read, one plain value an index answers (decision 19); "any lower sequence"
    // scanned the whole collection. When another write came between, the document is read again
    private boolean erase(StoryEvent event, String id, long sequence) {
        Document current = stories.current(id);
        if (current != null && lastSequence(current) >= sequence) {
            return false;
        }
        follower.before(event);
        for (int round = 0; round < ERASE_ROUNDS; round++) {
            if (replaceByTombstone(id, current, sequence)) {
                return true;
            }
            current = stories.current(id);
            if (current != null && lastSequence(current) >= sequence) {
                return false;
            }
        }
        throw new IllegalStateException("story " + id + ": kept changing while event " + sequence + " erased it");
    }

    private boolean replaceByTombstone(String id, @Nullable Document current, long sequence) {
        Document tombstone = changes.tombstone(id, sequence);
        return current != null ? stories.replace(id, lastSequence(current), tombstone) : stories.insert(tombstone);
    }

    private static boolean covers(Document current, long sequence) {
        return current.getBoolean(StoryFields.ERASED, false) || lastSequence(current) >= sequence;
    }

    private static long lastSequence(Document document) {
        return ((Number) document.get(StoryFields.LAST_SEQUENCE)).longValue();
    }

    /** Whether an event was applied, and the story document it left when the write returned it. */
    private record Projected(boolean applied, @Nullable Document settled) {
    }
}
