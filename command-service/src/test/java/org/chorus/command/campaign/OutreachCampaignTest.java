package org.chorus.command.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.chorus.command.campaign.CampaignCommands.CloseCampaign;
import org.chorus.command.campaign.CampaignCommands.EnrolChampion;
import org.chorus.command.campaign.CampaignCommands.LaunchCampaign;
import org.chorus.command.campaign.CampaignCommands.LogOutreach;
import org.chorus.command.rules.StateConflict;
import org.chorus.kernel.campaign.CampaignClosedEvent;
import org.chorus.kernel.campaign.CampaignLaunchedEvent;
import org.chorus.kernel.campaign.ChampionEnrolledEvent;
import org.chorus.kernel.campaign.OutreachLoggedEvent;
import org.chorus.kernel.campaign.VenueType;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ThemeCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutreachCampaignTest {
    private final UUID id = UUID.randomUUID();
    private final UUID champion = UUID.randomUUID();
    private final UUID outreach = UUID.randomUUID();
    private final LocalDate day = LocalDate.parse("2026-11-20");
    private AggregateTestFixture<OutreachCampaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OutreachCampaign.class);
    }

    private CampaignLaunchedEvent launched() {
        return new CampaignLaunchedEvent(id, "Winter health checks", new ThemeCode("ACCESS"),
                List.of(new PlaceCode("LEWISHAM")), 600, LocalDate.parse("2026-11-01"), LocalDate.parse("2027-02-28"), "admin");
    }

    private ChampionEnrolledEvent enrolled() {
        return new ChampionEnrolledEvent(id, champion, "champion", "admin");
    }

    @Test
    void launchesACampaign() {
        fixture.givenNoPriorActivity().when(new LaunchCampaign(id, "Winter health checks", new ThemeCode("ACCESS"),
                List.of(new PlaceCode("LEWISHAM")), 600, LocalDate.parse("2026-11-01"), LocalDate.parse("2027-02-28"),
                "admin")).expectEvents(launched());
    }

    @Test
    void enrolsAChampionOnce() {
        fixture.given(launched()).when(new EnrolChampion(id, champion, "champion", "admin")).expectEvents(enrolled());
        fixture.given(launched(), enrolled()).when(new EnrolChampion(id, champion, "champion", "admin"))
                .expectException(StateConflict.class);
    }

    @Test
    void anEnrolledChampionLogsOutreach() {
        fixture.given(launched(), enrolled())
                .when(new LogOutreach(id, outreach, champion, day, 40, VenueType.FAITH_SPACE, "Friday prayers"))
                .expectEvents(new OutreachLoggedEvent(id, outreach, champion, day, 40, VenueType.FAITH_SPACE,
                        "Friday prayers"));
    }

    @Test
    void refusesOutreachFromAChampionWhoIsNotEnrolled() {
        fixture.given(launched())
                .when(new LogOutreach(id, outreach, champion, day, 40, VenueType.ESTATE, null))
                .expectException(StateConflict.class).expectNoEvents();
    }

    @Test
    void aClosedCampaignTakesNoOutreachEnrolmentOrSecondClose() {
        CampaignClosedEvent closed = new CampaignClosedEvent(id, "admin");
        fixture.given(launched(), enrolled(), closed)
                .when(new LogOutreach(id, outreach, champion, day, 40, VenueType.ESTATE, null))
                .expectException(StateConflict.class);
        fixture.given(launched(), closed).when(new EnrolChampion(id, champion, "champion", "admin"))
                .expectException(StateConflict.class);
        fixture.given(launched(), closed).when(new CloseCampaign(id, "admin")).expectException(StateConflict.class);
        fixture.given(launched()).when(new CloseCampaign(id, "admin")).expectEvents(closed);
    }
}
