package org.chorus.kernel.campaign;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The campaign closed: no more enrolments, outreach or stories count towards it. */
@Revision("1")
public record CampaignClosedEvent(
        UUID campaignId,
        String closedBy) implements CampaignEvent {
}
