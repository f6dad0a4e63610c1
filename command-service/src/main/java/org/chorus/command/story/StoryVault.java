package org.chorus.command.story;

import java.util.List;
import java.util.Optional;
import org.chorus.command.keys.DataKeys;
import org.chorus.command.keys.Erasure;
import org.chorus.kernel.crypto.AesGcm;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.EqualityProfile;
import org.chorus.kernel.story.StoryContent;
import org.chorus.kernel.story.StoryId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Seals and opens a story's personal data under its per-version keys. The only place story plaintext is turned
 * into ciphertext and back; erasure is destroying keys here.
 */
@Component
public class StoryVault {
    /** The version marker of a story's equality profile key; content versions count from 0. */
    static final int PROFILE_KEY_VERSION = -1;

    private final DataKeys keys;

    public StoryVault(DataKeys keys) {
        this.keys = keys;
    }

    SealedOriginal sealOriginal(StoryId storyId, StoryContent content, @Nullable StorytellerDetails storyteller) {
        String keyId = keys.create(storyId.value(), 0);
        byte[] key = keys.find(keyId).orElseThrow();
        return new SealedOriginal(AesGcm.seal(keyId, key, json(content)),
                storyteller == null ? null : AesGcm.seal(keyId, key, json(storyteller)));
    }

    /** Seals a moderator's note under the key of the text it is about. */
    SealedText sealNote(SealedText about, String note) {
        return AesGcm.seal(about.keyId(), key(about), note);
    }

    /** Redacts {@code source}, seals the result under a new key for {@code version} and releases it if asked. */
    SealedText publish(StoryId storyId, int version, SealedText source, List<Redaction> redactions, boolean release) {
        StoryContent redacted = Redactions.apply(openContent(source).orElseThrow(
                () -> new IllegalStateException("the key of " + source.keyId() + " is gone")), redactions);
        String keyId = keys.create(storyId.value(), version);
        SealedText published = AesGcm.seal(keyId, keys.find(keyId).orElseThrow(), json(redacted));
        if (release) {
            keys.release(keyId);
        }
        return published;
    }

    /**
     * Seals the equality answers of {@code storyteller} as a profile under the story's profile key (created on first
     * use, reused after), and releases that key. Never the original key: query-service can open this and nothing else.
     */
    SealedText shareProfile(StoryId storyId, SealedText storyteller, @Nullable String profileKeyId) {
        StorytellerDetails details = openStoryteller(storyteller).orElseThrow(
                () -> new IllegalStateException("the key of " + storyteller.keyId() + " is gone"));
        StorytellerDetails.Equality equality = details.equality();
        EqualityProfile profile = new EqualityProfile(details.ageBand(),
                equality == null ? null : equality.ethnicity(), equality == null ? null : equality.gender(),
                equality == null ? null : equality.disability());
        String keyId = profileKeyId == null ? keys.create(storyId.value(), PROFILE_KEY_VERSION) : profileKeyId;
        SealedText sealed = AesGcm.seal(keyId, key(keyId), json(profile));
        keys.release(keyId);
        return sealed;
    }

    void release(String keyId, boolean released) {
        if (released) {
            keys.release(keyId);
        } else {
            keys.withhold(keyId);
        }
    }

    void destroy(String keyId, Erasure reason) {
        keys.destroy(keyId, reason);
    }

    void destroyAll(StoryId storyId, Erasure reason) {
        keys.destroyAll(storyId.value(), reason);
    }

    /** The words, while their key exists. */
    public Optional<StoryContent> openContent(SealedText sealed) {
        return keys.find(sealed.keyId())
                .map(key -> KernelJson.mapper().readValue(AesGcm.open(sealed, key), StoryContent.class));
    }

    public Optional<StorytellerDetails> openStoryteller(SealedText sealed) {
        return keys.find(sealed.keyId())
                .map(key -> KernelJson.mapper().readValue(AesGcm.open(sealed, key), StorytellerDetails.class));
    }

    public Optional<String> openNote(SealedText sealed) {
        return keys.find(sealed.keyId()).map(key -> AesGcm.open(sealed, key));
    }

    private byte[] key(SealedText sealed) {
        return key(sealed.keyId());
    }

    private byte[] key(String keyId) {
        return keys.find(keyId).orElseThrow(() -> new IllegalStateException("the key " + keyId + " is gone"));
    }

    private static String json(Object value) {
        return KernelJson.mapper().writeValueAsString(value);
    }
}
