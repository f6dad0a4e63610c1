package org.chorus.query.story;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.Theme;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.StoryApprovedEvent;
import org.chorus.kernel.story.StoryCodedEvent;
import org.chorus.kernel.story.StoryConsentChangedEvent;
import org.chorus.kernel.story.StoryContent;
import org.chorus.kernel.story.StoryEqualityProfileSharedEvent;
import org.chorus.kernel.story.StoryEscalatedEvent;
import org.chorus.kernel.story.StoryEvent;
import org.chorus.kernel.story.StoryRedactedEvent;
import org.chorus.kernel.story.StoryRejectedEvent;
import org.chorus.kernel.story.StoryResponseRecordedEvent;
import org.chorus.kernel.story.StoryStatus;
import org.chorus.kernel.story.StorySubmittedEvent;

/**
 * What each event changes in a story document. Never carries the storyteller's sealed fields, save the shared
 * equality profile, which stays sealed here for the equality read model to open.
 */
final class StoryChanges {
    private final PublishedContent content;
    private final Supplier<List<Theme>> codebook;

    StoryChanges(PublishedContent content, Supplier<List<Theme>> codebook) {
        this.content = content;
        this.codebook = codebook;
    }

    Document created(StorySubmittedEvent event, Instant at) {
        return new Document(StoryFields.ID, event.storyId().toString())
                .append(StoryFields.LAST_SEQUENCE, 0L)
                .append(StoryFields.STATUS, StoryStatus.PENDING_MODERATION.name())
                .append(StoryFields.REFERENCE, event.reference())
                .append(StoryFields.PLACE, event.place().value())
                .append(StoryFields.SERVICE_AREAS, event.serviceAreas().stream().map(Object::toString).toList())
                .append(StoryFields.FEELING, event.feeling().name())
                .append(StoryFields.LANGUAGE, event.language())
                .append(StoryFields.CAMPAIGN_ID, event.campaignId() == null ? null : event.campaignId().toString())
                .append(StoryFields.CONSENT, consent(event.consent()))
                .append(StoryFields.SUBMITTED_AT, Date.from(at))
                .append(StoryFields.THEMES, List.of())
                .append(StoryFields.SUGGESTED_THEMES, List.of())
                .append(StoryFields.RESPONSES, List.of());
    }

    Document tombstone(String storyId, long sequence) {
        return new Document(StoryFields.ID, storyId).append(StoryFields.LAST_SEQUENCE, sequence)
                .append(StoryFields.ERASED, true);
    }

    /** The change for an event after the first; {@code current} is the document it applies to. */
    Bson after(StoryEvent event, Instant at, Document current) {
        String id = event.storyId().toString();
        if (event instanceof StoryApprovedEvent approved) {
            return combine(status(StoryStatus.APPROVED), set(StoryFields.APPROVED_AT, Date.from(at)),
                    published(id, approved.publishedContent(), current));
        }
        if (event instanceof StoryRedactedEvent redacted) {
            return published(id, redacted.publishedContent(), current);
        }
        if (event instanceof StoryRejectedEvent) {
            return status(StoryStatus.REJECTED);
        }
        if (event instanceof StoryEscalatedEvent) {
            return status(StoryStatus.ESCALATED);
        }
        if (event instanceof StoryConsentChangedEvent changed) {
            return consentChanged(id, changed.consent(), current);
        }
        if (event instanceof StoryCodedEvent coded) {
            return combine(set(StoryFields.THEMES, themes(current, coded)),
                    set(StoryFields.SUGGESTED_THEMES, suggestionsLeft(current, coded)));
        }
        if (event instanceof StoryEqualityProfileSharedEvent shared) {
            return set(StoryFields.EQUALITY_PROFILE,
                    new Document(StoryFields.SEALED_KEY_ID, shared.profile().keyId())
                            .append(StoryFields.SEALED_CIPHERTEXT, shared.profile().ciphertext()));
        }
        if (event instanceof StoryResponseRecordedEvent response) {
            return push(StoryFields.RESPONSES, response(response, at));
        }
        // submitted must come first and withdrawal replaces the whole document: neither is a change
        throw new IllegalStateException("story " + id + ": " + event.getClass().getSimpleName()
                + " cannot follow other events");
    }

    private Bson published(String id, SealedText sealed, Document current) {
        return combine(set(StoryFields.PUBLISHED, new Document(StoryFields.SEALED_KEY_ID, sealed.keyId())
                .append(StoryFields.SEALED_CIPHERTEXT, sealed.ciphertext())), words(id, sealed, analysis(current),
                current));
    }

    /**
     * The words are held only while the storyteller consents to analysis: command-service releases the key only
     * then, so a projection made later (a rebuild) could not open them otherwise, and both must hold the same. When
     * consent returns they are opened again from the sealed published version.
     */
    private Bson consentChanged(String id, Consent next, Document current) {
        Bson consent = set(StoryFields.CONSENT, consent(next));
        Document sealed = current.get(StoryFields.PUBLISHED, Document.class);
        if (sealed == null || next.analysis() == analysis(current)) {
            return consent;
        }
        return combine(consent, words(id, new SealedText(sealed.getString(StoryFields.SEALED_KEY_ID),
                sealed.getString(StoryFields.SEALED_CIPHERTEXT)), next.analysis(), current));
    }

    // suggestions come from the codebook as known now: a later revision does not rewrite stories already projected
    private Bson words(String id, SealedText sealed, boolean analysis, Document current) {
        Optional<StoryContent> words = analysis ? content.open(id, sealed) : Optional.empty();
        List<String> suggested = words
                .map(w -> ThemeSuggestions.suggest(codebook.get(), w.title() + "\n" + w.narrative(),
                        current.getList(StoryFields.THEMES, String.class, List.of())))
                .orElse(List.of());
        return combine(PublishedContent.replaceWith(words), set(StoryFields.SUGGESTED_THEMES, suggested));
    }

    private static boolean analysis(Document current) {
        return current.get(StoryFields.CONSENT, new Document()).getBoolean("analysis", false);
    }

    // an analyst confirms a suggestion by adding it and dismisses it by removing it: either way it is settled
    private static List<String> suggestionsLeft(Document current, StoryCodedEvent coded) {
        List<String> suggested = new ArrayList<>(current.getList(StoryFields.SUGGESTED_THEMES, String.class, List.of()));
        coded.added().stream().map(ThemeCode::value).forEach(suggested::remove);
        coded.removed().stream().map(ThemeCode::value).forEach(suggested::remove);
        return suggested;
    }

    private static Bson status(StoryStatus status) {
        return set(StoryFields.STATUS, status.name());
    }

    private static Document consent(Consent consent) {
        return new Document("analysis", consent.analysis())
                .append(StoryFields.CONSENT_QUOTE, consent.quote())
                .append("publish", consent.publish())
                .append("contact", consent.contact())
                .append("equalityMonitoring", consent.equalityMonitoring())
                .append("wordingVersion", consent.wordingVersion())
                .append("basis", consent.basis() == null ? null : consent.basis().name());
    }

    // a computed set, not $addToSet/$pull: both on one path conflict, and the sequence filter makes it safe
    private static List<String> themes(Document current, StoryCodedEvent coded) {
        Set<String> themes = new LinkedHashSet<>(current.getList(StoryFields.THEMES, String.class, List.of()));
        coded.added().stream().map(ThemeCode::value).forEach(themes::add);
        coded.removed().stream().map(ThemeCode::value).forEach(themes::remove);
        return new ArrayList<>(themes);
    }

    private static Document response(StoryResponseRecordedEvent event, Instant at) {
        Document response = new Document("responseId", event.responseId().toString())
                .append(StoryFields.RESPONSE_ORGANISATION, event.organisation())
                .append(StoryFields.RESPONSE_BODY, event.body())
                .append(StoryFields.RESPONSE_AT, Date.from(at));
        if (event.decisionId() != null) {
            response.append(StoryFields.RESPONSE_DECISION_ID, event.decisionId().toString());
        }
        if (event.actionId() != null) {
            response.append(StoryFields.RESPONSE_ACTION_ID, event.actionId().toString());
        }
        return response;
    }
}
