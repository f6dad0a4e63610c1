package org.chorus.query.equality;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bson.Document;
import org.chorus.kernel.crypto.AesGcm;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.crypto.SealedTextException;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.EqualityProfile;
import org.chorus.kernel.story.StoryStatus;
import org.chorus.query.insight.VisibleStory;
import org.chorus.query.keys.ContentKeys;
import org.chorus.query.keys.KeyPrefetch;
import org.chorus.query.story.DerivedFromStories;
import org.chorus.query.story.StoryFields;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code equality_profiles} in line with the stories: a story counts while it is approved, not erased, keeps
 * both {@code analysis} and {@code equalityMonitoring} consent and its shared profile opens under the released key.
 * Each call reads the story document and replaces or deletes the one profile document of that story, so a
 * redelivered event changes nothing and the counts stay exact. A rebuild derives the profiles from the rebuilt
 * stories in one pass ({@link #derivation()}).
 */
@Component
class EqualityProjection implements DerivedFromStories {
    private static final Logger log = LoggerFactory.getLogger(EqualityProjection.class);
    private static final List<Dimension> ANSWERED = List.of(Dimension.ETHNICITY, Dimension.AGE_BAND,
            Dimension.DISABILITY, Dimension.GENDER);

    private final MongoCollection<Document> profiles;
    private final ContentKeys keys;
    private final KeyPrefetch prefetch;

    @Autowired
    EqualityProjection(MongoDatabase database, ContentKeys keys, KeyPrefetch prefetch) {
        this.profiles = database.getCollection(EqualityFields.COLLECTION);
        this.keys = keys;
        this.prefetch = prefetch;
    }

    EqualityProjection(MongoDatabase database, ContentKeys keys) {
        this(database, keys, keyIds -> () -> { });
    }

    @Override
    public void settled(String storyId, @Nullable Document story) {
        if (story != null && neverProfiled(story)) {
            return;
        }
        SealedText profile = story == null ? null : sealedProfile(story);
        Document current = null;
        Optional<Document> wanted = Optional.empty();
        if (story != null && profile != null) {
            current = profiles.find(eq(EqualityFields.ID, storyId)).first();
            wanted = wanted(storyId, story, profile, current);
        }
        if (wanted.isEmpty()) {
            profiles.deleteOne(eq(EqualityFields.ID, storyId));
        } else if (!Objects.equals(current, wanted.get())) {
            profiles.replaceOne(eq(EqualityFields.ID, storyId), wanted.get(), new ReplaceOptions().upsert(true));
        }
    }

    /** The profiles of the stories that count, their keys asked for once per chunk. */
    @Override
    public Derivation derivation() {
        return new Derivation() {
            @Override
            public void accept(List<Document> stories) {
                Map<String, SealedText> sealed = new LinkedHashMap<>();
                stories.forEach(story -> {
                    SealedText profile = sealedProfile(story);
                    if (profile != null) {
                        sealed.put(story.getString(EqualityFields.ID), profile);
                    }
                });
                if (sealed.isEmpty()) {
                    return;
                }
                Map<String, Document> byId = new HashMap<>();
                stories.forEach(story -> byId.put(story.getString(EqualityFields.ID), story));
                List<Document> derived = new ArrayList<>();
                try (KeyPrefetch.Scope prefetched = prefetch.prefetch(
                        sealed.values().stream().map(SealedText::keyId).collect(Collectors.toSet()))) {
                    sealed.forEach((id, profile) -> wanted(id, byId.get(id), profile, null).ifPresent(derived::add));
                }
                if (!derived.isEmpty()) {
                    profiles.insertMany(derived, new InsertManyOptions().ordered(false));
                }
            }

            @Override
            public void finish() {
                // every profile was written with its chunk
            }
        };
    }

    // a profile is written only for an approved story holding a shared profile, and only erasure (a tombstone) takes
    // away either: a story lacking one has no profile to delete
    private static boolean neverProfiled(Document story) {
        return VisibleStory.neverApproved(story)
                || !story.getBoolean(StoryFields.ERASED, false) && story.get(StoryFields.EQUALITY_PROFILE) == null;
    }

    // the sealed profile of a story that counts, or null
    private static @Nullable SealedText sealedProfile(Document story) {
        Document sealed = counts(story) ? story.get(StoryFields.EQUALITY_PROFILE, Document.class) : null;
        return sealed == null ? null : new SealedText(sealed.getString(StoryFields.SEALED_KEY_ID),
                sealed.getString(StoryFields.SEALED_CIPHERTEXT));
    }

    // the profile document a counting story should have; its groups taken from the current one when the sealed
    // profile is the same, so the key is not asked for again; empty when the profile does not open
    private Optional<Document> wanted(String storyId, Document story, SealedText profile, @Nullable Document current) {
        String source = digest(profile);
        Optional<Document> groups = current != null && source.equals(current.getString(EqualityFields.SOURCE))
                ? Optional.of(current.get(EqualityFields.GROUPS, Document.class))
                : open(storyId, profile).map(EqualityProjection::groups);
        return groups.map(found -> new Document(EqualityFields.ID, storyId)
                .append(EqualityFields.PLACE, story.getString(StoryFields.PLACE))
                .append(EqualityFields.THEMES, story.getList(StoryFields.THEMES, String.class, List.of()))
                .append(EqualityFields.APPROVED_AT, story.getDate(StoryFields.APPROVED_AT))
                .append(EqualityFields.SOURCE, source)
                .append(EqualityFields.GROUPS, found));
    }

    private static boolean counts(Document story) {
        Document consent = story.get(StoryFields.CONSENT, new Document());
        return !story.getBoolean(StoryFields.ERASED, false)
                && StoryStatus.APPROVED.name().equals(story.getString(StoryFields.STATUS))
                && consent.getBoolean("analysis", false) && consent.getBoolean("equalityMonitoring", false);
    }

    // the answers are read once and only their groups kept: nothing a storyteller typed is stored in clear
    private Optional<EqualityProfile> open(String storyId, SealedText sealed) {
        Optional<byte[]> key = keys.find(sealed.keyId());
        if (key.isEmpty()) {
            log.info("story {}: profile key {} is not released, not counted", storyId, sealed.keyId());
            return Optional.empty();
        }
        try {
            return Optional.of(KernelJson.mapper().readValue(AesGcm.open(sealed, key.get()), EqualityProfile.class));
        } catch (SealedTextException e) {
            log.error("story {}: equality profile does not open under key {}", storyId, sealed.keyId(), e);
            return Optional.empty();
        }
    }

    private static Document groups(EqualityProfile profile) {
        Document groups = new Document();
        ANSWERED.forEach(dimension -> groups.append(dimension.key(), dimension.groupOf(profile)));
        return groups;
    }

    private static String digest(SealedText sealed) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(sealed.keyId().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(sealed.ciphertext().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
