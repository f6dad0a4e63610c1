package org.chorus.query.campaign.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How far a campaign got: people reached against the target, and the stories its enrolled champions collected.
 *
 * @param percent     reached / target * 100, rounded half up to 2 places; may exceed 100
 * @param byChampion  every enrolled champion in enrolment order, those with nothing yet included
 * @param byVenueType people reached per venue type that has outreach
 * @param byWeek      people reached per ISO week of the outreach date ({@code 2026-W48}), in order
 */
public record CampaignProgress(int target, long reached, BigDecimal percent, long storiesCollected,
        List<ChampionProgress> byChampion, Map<String, Long> byVenueType, Map<String, Long> byWeek) {

    /** One enrolled champion's share: the people they reached and the stories they collected for the campaign. */
    public record ChampionProgress(String championId, String displayName, long reached, long stories) {
    }
}
