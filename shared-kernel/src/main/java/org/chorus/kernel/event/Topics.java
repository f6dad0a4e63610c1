package org.chorus.kernel.event;

/** Kafka topics of the internal event stream. Internal: integrators subscribe to curated topics instead. */
public final class Topics {
    /** Every {@link org.chorus.kernel.story.StoryEvent}, keyed by story id, in order per story. */
    public static final String STORY_EVENTS = "chorus.story.events";
    /** Every {@link org.chorus.kernel.session.SessionEvent}, keyed by session id, in order per session. */
    public static final String SESSION_EVENTS = "chorus.session.events";
    /** Every {@link org.chorus.kernel.champion.ChampionEvent}, keyed by champion id. */
    public static final String CHAMPION_EVENTS = "chorus.champion.events";
    /** Every {@link org.chorus.kernel.campaign.CampaignEvent}, keyed by campaign id, in order per campaign. */
    public static final String CAMPAIGN_EVENTS = "chorus.campaign.events";
    /** Every {@link org.chorus.kernel.codebook.CodebookEvent}, one key, in revision order. */
    public static final String CODEBOOK_EVENTS = "chorus.codebook.events";

    private Topics() {
    }

    /** The topic that carries the events of an aggregate type (Axon's aggregate type name). */
    public static String forAggregateType(String aggregateType) {
        return switch (aggregateType) {
            case "Story" -> STORY_EVENTS;
            case "CoDesignSession" -> SESSION_EVENTS;
            case "Champion" -> CHAMPION_EVENTS;
            case "OutreachCampaign" -> CAMPAIGN_EVENTS;
            case "Codebook" -> CODEBOOK_EVENTS;
            default -> "chorus." + aggregateType.toLowerCase(java.util.Locale.ROOT) + ".events";
        };
    }
}
