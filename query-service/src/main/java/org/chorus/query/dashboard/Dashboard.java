package org.chorus.query.dashboard;

import java.math.BigDecimal;
import java.util.List;
import org.chorus.query.insight.counts.StoryTotals;

/**
 * The programme at a glance: story totals, sessions open now, actions past their due date and not done or dropped,
 * and each campaign's reach against its target.
 */
public record Dashboard(StoryTotals stories, long openSessions, List<CampaignReach> campaigns, long overdueActions) {

    public Dashboard {
        campaigns = List.copyOf(campaigns);
    }

    /** {@code percent} = reached / target * 100, rounded to 2 places, as in the campaign progress. */
    public record CampaignReach(String campaignId, String name, int target, long reached, BigDecimal percent) {
    }
}
