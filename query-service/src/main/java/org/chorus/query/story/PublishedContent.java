package org.chorus.query.story;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import java.util.Optional;
import org.bson.conversions.Bson;
import org.chorus.kernel.crypto.AesGcm;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.crypto.SealedTextException;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.StoryContent;
import org.chorus.query.keys.ContentKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the published (approved, redacted) version of a story with the key command-service releases for it. */
final class PublishedContent {
    private static final Logger log = LoggerFactory.getLogger(PublishedContent.class);

    private final ContentKeys keys;

    PublishedContent(ContentKeys keys) {
        this.keys = keys;
    }

    /** The update that replaces the stored words; without a released key the story is kept without words. */
    static Bson replaceWith(Optional<StoryContent> content) {
        return content
                .map(words -> combine(set(StoryFields.TITLE, words.title()), set(StoryFields.NARRATIVE, words.narrative())))
                .orElseGet(() -> combine(unset(StoryFields.TITLE), unset(StoryFields.NARRATIVE)));
    }

    /** The published words, when the key is released and the ciphertext opens. */
    Optional<StoryContent> open(String storyId, SealedText sealed) {
        Optional<byte[]> key = keys.find(sealed.keyId());
        if (key.isEmpty()) {
            log.info("story {}: key {} is not released, stored without content", storyId, sealed.keyId());
            return Optional.empty();
        }
        try {
            String json = AesGcm.open(sealed, key.get());
            return Optional.of(KernelJson.mapper().readValue(json, StoryContent.class));
        } catch (SealedTextException e) {
            // retrying cannot fix a ciphertext that does not open; holding the partition back would stop every story
            log.error("story {}: published content does not open under key {}", storyId, sealed.keyId(), e);
            return Optional.empty();
        }
    }
}
