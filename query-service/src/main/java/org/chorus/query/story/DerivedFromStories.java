package org.chorus.query.story;

import java.util.List;
import org.bson.Document;

/**
 * A story observer whose read model is a function of the story documents alone, whatever events led to them (the
 * counters, the equality profiles). A rebuild leaves it out while it replays the topics, derives it from the rebuilt
 * story documents in one pass, and only then lets it follow the events that come after (decision 20): the replay
 * then writes only the stories, not every counter each story event touched on its way.
 */
public interface DerivedFromStories extends StoryObserver {

    /** A pass over the story documents of a database that holds none of this read model yet. */
    Derivation derivation();

    /** One pass: handed every story document once, in chunks, then finished. */
    interface Derivation {

        /** Derives from these stories ({@code _id} names each; tombstones included). */
        void accept(List<Document> stories);

        /** Writes whatever the pass gathered across chunks. */
        void finish();
    }
}
