package org.chorus.kernel.campaign;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A champion joined a campaign; from now on their outreach and the stories they collect for it count. */
@Revision("1")
public record ChampionEnrolledEvent(
        UUID campaignId,
        UUID championId,
        String championLogin,
        String enrolledBy) implements CampaignEvent {
}
