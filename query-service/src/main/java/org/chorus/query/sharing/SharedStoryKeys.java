package org.chorus.query.sharing;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.util.Base64;
import java.util.Optional;
import org.bson.Document;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.query.keys.ContentKeys;
import org.chorus.query.story.StoryFields;
import org.springframework.stereotype.Component;

/**
 * The key that opens a story's words on the curated stream: given only while analysts may see the story, so a
 * withdrawn or hidden story's records cannot be opened any more. It gives no more than the story's own page does.
 */
@Component
public class SharedStoryKeys {
    private final MongoCollection<Document> stories;
    private final ContentKeys keys;

    SharedStoryKeys(MongoDatabase database, ContentKeys keys) {
        this.stories = database.getCollection(StoryFields.COLLECTION);
        this.keys = keys;
    }

    /** The key of the story's published words, when the story may be shared and command-service releases it. */
    public Optional<StoryKey> of(String storyId) {
        Document story = stories.find(eq(StoryFields.ID, storyId)).projection(Projections.include(StoryFields.ERASED,
                StoryFields.STATUS, StoryFields.CONSENT, StoryFields.APPROVED_AT, StoryFields.PUBLISHED)).first();
        Optional<SealedText> content = Optional.ofNullable(story).flatMap(SharedStories::sealedContent);
        return content.flatMap(sealed -> keys.find(sealed.keyId()).map(key -> new StoryKey(storyId, sealed.keyId(),
                "AES-256-GCM", Base64.getEncoder().encodeToString(key))));
    }

    /** A data key, base64; the key id is also the cipher's associated data. */
    public record StoryKey(String storyId, String keyId, String algorithm, String key) {
    }
}
