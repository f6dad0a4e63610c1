package org.chorus.query.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.chorus.kernel.campaign.CampaignClosedEvent;
import org.chorus.kernel.campaign.CampaignLaunchedEvent;
import org.chorus.kernel.campaign.ChampionEnrolledEvent;
import org.chorus.kernel.campaign.OutreachLoggedEvent;
import org.chorus.kernel.campaign.VenueType;
import org.chorus.kernel.champion.ChampionRegisteredEvent;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ThemeCode;

/** Champion and campaign events shaped as command-service emits them. */
public final class Campaigns {

    private Campaigns() {
    }

    public static ChampionRegisteredEvent registered(UUID championId, String displayName, String login) {
        return new ChampionRegisteredEvent(championId, displayName, "Age UK Lewisham", List.of(new PlaceCode("LEWISHAM")),
                List.of("en"), login, "admin");
    }

    public static CampaignLaunchedEvent launched(UUID campaignId, int target) {
        return new CampaignLaunchedEvent(campaignId, "Maternity voices", new ThemeCode("MATERNITY"),
                List.of(new PlaceCode("LEWISHAM"), new PlaceCode("GREENWICH")), target, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 31), "admin");
    }

    public static ChampionEnrolledEvent enrolled(UUID campaignId, UUID championId, String login) {
        return new ChampionEnrolledEvent(campaignId, championId, login, "admin");
    }

    public static OutreachLoggedEvent outreach(UUID campaignId, UUID championId, String date, int people,
            VenueType venue) {
        return new OutreachLoggedEvent(campaignId, UUID.randomUUID(), championId, LocalDate.parse(date), people, venue,
                null);
    }

    public static CampaignClosedEvent closed(UUID campaignId) {
        return new CampaignClosedEvent(campaignId, "admin");
    }
}
