package org.chorus.query.equality;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.chorus.kernel.crypto.AesGcm;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.crypto.SealedTextException;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.EqualityProfile;
import org.chorus.kernel.story.StoryStatus;
import org.chorus.query.keys.ContentKeys;
import org.chorus.query.story.StoryFields;
import org.chorus.query.story.StoryObserver;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code equality_profiles} in line with the stories: a story counts while it is approved, not erased, keeps
 * both {@code analysis} and {@code equalityMonitoring} consent and its shared profile opens under the released key.
 * Each call reads the story document and replaces or deletes the one profile document of that story, so a
 * redelivered event changes nothing and the counts stay exact.
 */
@Component
class EqualityProjection implements StoryObserver {
    private static final Logger log = LoggerFactory.getLogger(EqualityProjection.class);
    private static final List<Dimension> ANSWERED = List.of(Dimension.ETHNICITY, Dimension.AGE_BAND,
            Dimension.DISABILITY, Dimension.GENDER);

    private final MongoCollection<Document> profiles;
    private final ContentKeys keys;

    EqualityProjection(MongoDatabase database, ContentKeys keys) {
        this.profiles = database.getCollection(EqualityFields.COLLECTION);
        this.keys = keys;
    }

    @Override
    public void settled(String storyId, @Nullable Document story) {
        Document sealed = story == null || !counts(story) ? null : story.get(StoryFields.EQUALITY_PROFILE, Document.class);
        if (story == null || sealed == null) {
            profiles.deleteOne(eq(EqualityFields.ID, storyId));
            return;
        }
        SealedText profile = new SealedText(sealed.getString(StoryFields.SEALED_KEY_ID),
                sealed.getString(StoryFields.SEALED_CIPHERTEXT));
        Document current = profiles.find(eq(EqualityFields.ID, storyId)).first();
        String source = digest(profile);
        Optional<Document> groups = current != null && source.equals(current.getString(EqualityFields.SOURCE))
                ? Optional.of(current.get(EqualityFields.GROUPS, Document.class))
                : open(storyId, profile).map(EqualityProjection::groups);
        if (groups.isEmpty()) {
            profiles.deleteOne(eq(EqualityFields.ID, storyId));
            return;
        }
        Document wanted = new Document(EqualityFields.ID, storyId)
                .append(EqualityFields.PLACE, story.getString(StoryFields.PLACE))
                .append(EqualityFields.THEMES, story.getList(StoryFields.THEMES, String.class, List.of()))
                .append(EqualityFields.APPROVED_AT, story.getDate(StoryFields.APPROVED_AT))
                .append(EqualityFields.SOURCE, source)
                .append(EqualityFields.GROUPS, groups.get());
        if (!Objects.equals(current, wanted)) {
            profiles.replaceOne(eq(EqualityFields.ID, storyId), wanted, new ReplaceOptions().upsert(true));
        }
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
