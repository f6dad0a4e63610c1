package org.chorus.query.campaign;

/** Field names of the champion and campaign read models, shared by the projections that write them and the readers. */
public final class CampaignFields {
    public static final String CHAMPIONS = "champions";
    public static final String CAMPAIGNS = "campaigns";
    public static final String STORIES = "campaign_stories";

    public static final String ID = "_id";
    public static final String LAST_SEQUENCE = "lastSequence";
    public static final String DISPLAY_NAME = "displayName";
    public static final String ORGANISATION = "organisation";
    public static final String LOGIN = "login";
    public static final String NAME = "name";
    public static final String THEME = "theme";
    public static final String PLACES = "places";
    public static final String TARGET = "target";
    public static final String STARTS_ON = "startsOn";
    public static final String ENDS_ON = "endsOn";
    public static final String STATUS = "status";
    public static final String ENROLLED = "champions";
    public static final String CHAMPION_ID = "championId";
    /** People reached by every outreach applied so far, and the same by champion id, venue type and ISO week. */
    public static final String REACHED = "reached";
    public static final String REACHED_BY_CHAMPION = "reachedByChampion";
    public static final String REACHED_BY_VENUE = "reachedByVenue";
    public static final String REACHED_BY_WEEK = "reachedByWeek";
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String STORY_CHAMPION = "champion";

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    private CampaignFields() {
    }
}
