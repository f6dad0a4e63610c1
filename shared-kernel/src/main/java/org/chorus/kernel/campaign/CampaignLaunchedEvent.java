package org.chorus.kernel.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ThemeCode;

/** An operator launched a campaign on a theme in some places, with a target of people to reach between two dates. */
@Revision("1")
public record CampaignLaunchedEvent(
        UUID campaignId,
        String name,
        ThemeCode theme,
        List<PlaceCode> places,
        int target,
        LocalDate startsOn,
        LocalDate endsOn,
        String launchedBy) implements CampaignEvent {
}
