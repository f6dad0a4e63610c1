package org.chorus.kernel.campaign;

import java.util.UUID;

/** Everything that can happen to an outreach campaign. Topic {@code chorus.campaign.events}, keyed by campaign id. */
public sealed interface CampaignEvent permits CampaignLaunchedEvent, ChampionEnrolledEvent, OutreachLoggedEvent,
        CampaignClosedEvent {

    UUID campaignId();
}
