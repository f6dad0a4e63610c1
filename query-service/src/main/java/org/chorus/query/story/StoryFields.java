package org.chorus.query.story;

/** Field names of the {@code stories} read model, shared by the projection that writes it and the readers. */
public final class StoryFields {
    public static final String COLLECTION = "stories";
    public static final String ID = "_id";
    public static final String LAST_SEQUENCE = "lastSequence";
    public static final String ERASED = "erased";
    public static final String STATUS = "status";
    public static final String REFERENCE = "reference";
    public static final String TITLE = "title";
    public static final String NARRATIVE = "narrative";
    public static final String PLACE = "place";
    public static final String SERVICE_AREAS = "serviceAreas";
    public static final String FEELING = "feeling";
    public static final String LANGUAGE = "language";
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String CONSENT = "consent";
    public static final String CONSENT_ANALYSIS = "consent.analysis";
    public static final String CONSENT_QUOTE = "quote";
    public static final String SUBMITTED_AT = "submittedAt";
    public static final String APPROVED_AT = "approvedAt";
    public static final String THEMES = "themes";
    public static final String SUGGESTED_THEMES = "suggestedThemes";
    /** The storyteller's shared equality profile, still sealed: {@code {keyId, ciphertext}}; opened only to count. */
    public static final String EQUALITY_PROFILE = "equalityProfile";
    /**
     * The published (approved, redacted) version, still sealed: {@code {keyId, ciphertext}}; its words are opened
     * again when consent to analysis returns.
     */
    public static final String PUBLISHED = "published";
    public static final String SEALED_KEY_ID = "keyId";
    public static final String SEALED_CIPHERTEXT = "ciphertext";
    public static final String RESPONSES = "responses";
    public static final String RESPONSE_ORGANISATION = "organisation";
    public static final String RESPONSE_BODY = "body";
    public static final String RESPONSE_AT = "at";
    public static final String RESPONSE_DECISION_ID = "decisionId";
    public static final String RESPONSE_ACTION_ID = "actionId";

    private StoryFields() {
    }
}
