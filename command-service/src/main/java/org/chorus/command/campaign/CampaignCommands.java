package org.chorus.command.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.chorus.kernel.campaign.VenueType;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ThemeCode;
import org.jspecify.annotations.Nullable;

/** The commands an outreach campaign takes. */
public final class CampaignCommands {
    private CampaignCommands() {
    }

    public record LaunchCampaign(@TargetAggregateIdentifier UUID campaignId, String name, ThemeCode theme,
                                 List<PlaceCode> places, int target, LocalDate startsOn, LocalDate endsOn,
                                 String launchedBy) {
    }

    public record EnrolChampion(@TargetAggregateIdentifier UUID campaignId, UUID championId, String championLogin,
                                String enrolledBy) {
    }

    /** Outreach by the signed-in champion: {@code championId} is the caller's, never taken from a request body. */
    public record LogOutreach(@TargetAggregateIdentifier UUID campaignId, UUID outreachId, UUID championId,
                              LocalDate date, int peopleReached, VenueType venueType, @Nullable String notes) {
    }

    public record CloseCampaign(@TargetAggregateIdentifier UUID campaignId, String closedBy) {
    }
}
