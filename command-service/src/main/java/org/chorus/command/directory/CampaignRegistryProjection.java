package org.chorus.command.directory;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.chorus.kernel.campaign.CampaignClosedEvent;
import org.chorus.kernel.campaign.CampaignLaunchedEvent;
import org.chorus.kernel.campaign.ChampionEnrolledEvent;
import org.chorus.kernel.champion.ChampionRegisteredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@link CampaignRegistry} in step with champion and campaign events, in the command's own transaction. */
@Component
@ProcessingGroup("directory")
class CampaignRegistryProjection {
    private final JdbcTemplate jdbc;

    CampaignRegistryProjection(JdbcTemplate jdbc, CampaignRegistry registryCreatesTheTables) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ChampionRegisteredEvent event) {
        jdbc.update("INSERT INTO champion_registry (champion_id, login, display_name) VALUES (?, ?, ?)",
                event.championId(), event.login(), event.displayName());
    }

    @EventHandler
    void on(CampaignLaunchedEvent event) {
        jdbc.update("INSERT INTO campaign_registry (campaign_id, name, open) VALUES (?, ?, true) ON CONFLICT DO NOTHING",
                event.campaignId(), event.name());
    }

    @EventHandler
    void on(ChampionEnrolledEvent event) {
        jdbc.update("INSERT INTO campaign_enrolment (campaign_id, login, champion_id) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", event.campaignId(), event.championLogin(), event.championId());
    }

    @EventHandler
    void on(CampaignClosedEvent event) {
        jdbc.update("UPDATE campaign_registry SET open = false WHERE campaign_id = ?", event.campaignId());
    }
}
