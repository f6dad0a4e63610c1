package org.chorus.kernel.campaign;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

/** An enrolled champion logged outreach for themselves: when, where and how many people they reached. */
@Revision("1")
public record OutreachLoggedEvent(
        UUID campaignId,
        UUID outreachId,
        UUID championId,
        LocalDate date,
        int peopleReached,
        VenueType venueType,
        @Nullable String notes) implements CampaignEvent {
}
