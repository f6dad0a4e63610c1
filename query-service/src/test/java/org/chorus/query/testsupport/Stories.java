package org.chorus.query.testsupport;

import java.util.List;
import java.util.UUID;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ServiceAreaCode;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.crypto.AesGcm;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.story.Channel;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.ConsentBasis;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryApprovedEvent;
import org.chorus.kernel.story.StoryCodedEvent;
import org.chorus.kernel.story.StoryConsentChangedEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.kernel.story.StoryResponseRecordedEvent;
import org.chorus.kernel.story.StorySubmittedEvent;
import org.chorus.kernel.story.StoryWithdrawnEvent;
import org.jspecify.annotations.Nullable;

/** Story events shaped as command-service emits them. */
public final class Stories {
    public static final Consent CONSENT = new Consent(true, true, false, false, false, "v1", ConsentBasis.SELF);

    private Stories() {
    }

    public static StorySubmittedEvent submitted(StoryId id, String place, Feeling feeling, @Nullable UUID campaignId) {
        return submitted(id, place, feeling, campaignId, "champion");
    }

    /** A story a champion (by login) collected for a campaign. */
    public static StorySubmittedEvent collected(StoryId id, UUID campaignId, String champion) {
        return submitted(id, "LEWISHAM", Feeling.MIXED, campaignId, champion);
    }

    /** A story about several service areas, or none. */
    public static StorySubmittedEvent submittedAbout(StoryId id, String place, Feeling feeling,
            List<String> serviceAreas) {
        return submitted(id, place, feeling, null, "champion", serviceAreas, "en");
    }

    /** A story told in a language given as a BCP 47 tag. */
    public static StorySubmittedEvent submittedIn(StoryId id, String language, String place) {
        return submitted(id, place, Feeling.MIXED, null, "champion", List.of("MATERNITY"), language);
    }

    private static StorySubmittedEvent submitted(StoryId id, String place, Feeling feeling, @Nullable UUID campaignId,
            String champion) {
        return submitted(id, place, feeling, campaignId, champion, List.of("MATERNITY"), "en");
    }

    private static StorySubmittedEvent submitted(StoryId id, String place, Feeling feeling, @Nullable UUID campaignId,
            String champion, List<String> serviceAreas, String language) {
        // the original version's key never leaves command-service: nothing here can open these
        byte[] originalKey = AesGcm.newKey();
        return new StorySubmittedEvent(id, "CH-" + id.toString().substring(0, 4).toUpperCase(), "hash", champion,
                "Age UK Lewisham", new PlaceCode(place), serviceAreas.stream().map(ServiceAreaCode::new).toList(), language,
                Channel.WEB_FORM, feeling, campaignId,
                AesGcm.seal("orig-" + id, originalKey, "{\"title\":\"secret original\",\"narrative\":\"unredacted\"}"),
                AesGcm.seal("teller-" + id, originalKey, "{\"name\":\"Ada Storyteller\"}"), CONSENT, false);
    }

    public static StorySubmittedEvent submitted(StoryId id) {
        return submitted(id, "LEWISHAM", Feeling.MIXED, null);
    }

    public static StoryApprovedEvent approved(StoryId id, SealedText published) {
        return new StoryApprovedEvent(id, "moderator", 1, published, null);
    }

    public static StoryCodedEvent coded(StoryId id, List<String> added, List<String> removed) {
        return new StoryCodedEvent(id, added.stream().map(ThemeCode::new).toList(),
                removed.stream().map(ThemeCode::new).toList(), "analyst");
    }

    public static StoryResponseRecordedEvent response(StoryId id, String body, @Nullable UUID decisionId) {
        return new StoryResponseRecordedEvent(id, UUID.randomUUID(), "Lewisham ICB", body, decisionId, null, "analyst");
    }

    public static StoryConsentChangedEvent consent(StoryId id, boolean analysis) {
        return new StoryConsentChangedEvent(id,
                new Consent(analysis, CONSENT.quote(), false, false, false, "v1", ConsentBasis.SELF), "champion");
    }

    public static StoryWithdrawnEvent withdrawn(StoryId id) {
        return new StoryWithdrawnEvent(id, "champion");
    }
}
