package org.chorus.query.search;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.io.IOException;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chorus.query.insight.VisibleStory;
import org.chorus.query.story.StoryFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares the store's stories (id, version and visibility only) with the versions the index holds, and has the
 * index re-read each story that differs. What the index holds and the store does not is deleted.
 */
final class Reconciliation {
    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

    private final MongoCollection<Document> stories;
    private final StoryIndex index;
    private final boolean rebuild;

    Reconciliation(MongoCollection<Document> stories, StoryIndex index, boolean rebuild) {
        this.stories = stories;
        this.index = index;
        this.rebuild = rebuild;
    }

    /** @return how many stories were re-indexed or deleted */
    long run(Map<String, Long> indexed) throws IOException {
        long started = System.nanoTime();
        long lastReport = started;
        long total = rebuild ? stories.estimatedDocumentCount() : 0;
        long seen = 0;
        long repaired = 0;
        // a rebuild indexes the documents as it reads them: it runs before the consumers start feeding the index
        Bson fields = rebuild ? StoryIndex.INDEXED_FIELDS : Projections.include(StoryFields.LAST_SEQUENCE,
                StoryFields.ERASED, StoryFields.STATUS, StoryFields.CONSENT, StoryFields.APPROVED_AT);
        for (Document story : stories.find().projection(fields)) {
            seen++;
            String id = story.getString(StoryFields.ID);
            Long held = indexed.remove(id);
            boolean visible = VisibleStory.is(story);
            if (rebuild && visible) {
                index.put(story);
                repaired++;
            } else if (visible ? held == null || held != IndexedStory.sequence(story) : held != null) {
                index.bringInLine(id);
                repaired++;
            }
            if (rebuild && System.nanoTime() - lastReport > PROGRESS_EVERY_NANOS) {
                lastReport = System.nanoTime();
                log.info("search index rebuild: {} of about {} stories read, {} indexed, {} stories/s", seen, total,
                        repaired, rate(seen, started));
            }
        }
        for (String gone : indexed.keySet()) {
            index.delete(gone);
            repaired++;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (rebuild) {
            log.info("search index rebuilt: {} stories read, {} indexed in {} ms ({} stories/s)", seen, repaired,
                    millis, rate(seen, started));
        } else {
            log.info("search index in line with the store: {} stories read, {} re-indexed or deleted in {} ms", seen,
                    repaired, millis);
        }
        return repaired;
    }

    private static long rate(long count, long startedNanos) {
        long nanos = Math.max(1, System.nanoTime() - startedNanos);
        return count * 1_000_000_000L / nanos;
    }
}
