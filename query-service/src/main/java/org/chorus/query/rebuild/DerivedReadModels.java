package org.chorus.query.rebuild;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.chorus.query.story.DerivedFromStories;
import org.chorus.query.story.StoryFields;
import org.chorus.query.story.StoryObserver;
import org.jspecify.annotations.Nullable;

/**
 * The read models a rebuild derives from the rebuilt stories rather than replays (decision 20): while the topics are
 * replayed they hear nothing; {@link #derive} then hands them every story document once, in chunks, and from then on
 * they follow the story events of the drain to the switch as the live ones do.
 */
final class DerivedReadModels {
    static final int CHUNK = 500;

    private final List<DerivedFromStories> models;
    private volatile boolean following;

    DerivedReadModels(List<DerivedFromStories> models) {
        this.models = List.copyOf(models);
    }

    /** The observer the replay's story projection tells: silent until the models are derived. */
    StoryObserver gated(DerivedFromStories model) {
        return new StoryObserver() {
            @Override
            public void settled(String storyId, @Nullable Document story) {
                if (following) {
                    model.settled(storyId, story);
                }
            }
        };
    }

    /**
     * Derives every model from the stories of the database being filled (the calling thread pinned to it), then lets
     * them follow; answers how many story documents were read.
     */
    long derive(MongoDatabase database) {
        List<DerivedFromStories.Derivation> passes = models.stream().map(DerivedFromStories::derivation).toList();
        long read = 0;
        List<Document> chunk = new ArrayList<>(CHUNK);
        try (MongoCursor<Document> stories = database.getCollection(StoryFields.COLLECTION).find().batchSize(CHUNK)
                .iterator()) {
            while (stories.hasNext()) {
                chunk.add(stories.next());
                if (chunk.size() == CHUNK) {
                    read += hand(passes, chunk);
                }
            }
        }
        read += hand(passes, chunk);
        passes.forEach(DerivedFromStories.Derivation::finish);
        following = true;
        return read;
    }

    private static int hand(List<DerivedFromStories.Derivation> passes, List<Document> chunk) {
        int size = chunk.size();
        if (size > 0) {
            List<Document> stories = List.copyOf(chunk);
            passes.forEach(pass -> pass.accept(stories));
            chunk.clear();
        }
        return size;
    }
}
