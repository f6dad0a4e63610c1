package org.chorus.command.campaign;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.chorus.command.campaign.CampaignCommands.CloseCampaign;
import org.chorus.command.campaign.CampaignCommands.EnrolChampion;
import org.chorus.command.campaign.CampaignCommands.LaunchCampaign;
import org.chorus.command.campaign.CampaignCommands.LogOutreach;
import org.chorus.command.publishing.SnapshotConfiguration;
import org.chorus.command.rules.StateConflict;
import org.chorus.kernel.campaign.CampaignClosedEvent;
import org.chorus.kernel.campaign.CampaignLaunchedEvent;
import org.chorus.kernel.campaign.ChampionEnrolledEvent;
import org.chorus.kernel.campaign.OutreachLoggedEvent;

/** An outreach campaign: champions enrol, log the people they reach, and the campaign closes. */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.EVERY_50_EVENTS)
@SuppressWarnings("NullAway.Init")
class OutreachCampaign {
    @AggregateIdentifier
    private UUID campaignId;
    private boolean closed;
    private final Set<UUID> enrolled = new HashSet<>();

    protected OutreachCampaign() {
    }

    @CommandHandler
    OutreachCampaign(LaunchCampaign command) {
        apply(new CampaignLaunchedEvent(command.campaignId(), command.name(), command.theme(), command.places(),
                command.target(), command.startsOn(), command.endsOn(), command.launchedBy()));
    }

    @CommandHandler
    void handle(EnrolChampion command) {
        requireOpen();
        if (enrolled.contains(command.championId())) {
            throw new StateConflict("campaign.already-enrolled", "this champion is already enrolled");
        }
        apply(new ChampionEnrolledEvent(campaignId, command.championId(), command.championLogin(),
                command.enrolledBy()));
    }

    @CommandHandler
    void handle(LogOutreach command) {
        requireOpen();
        if (!enrolled.contains(command.championId())) {
            throw new StateConflict("campaign.not-enrolled", "only a champion enrolled in this campaign logs outreach");
        }
        apply(new OutreachLoggedEvent(campaignId, command.outreachId(), command.championId(), command.date(),
                command.peopleReached(), command.venueType(), command.notes()));
    }

    @CommandHandler
    void handle(CloseCampaign command) {
        requireOpen();
        apply(new CampaignClosedEvent(campaignId, command.closedBy()));
    }

    private void requireOpen() {
        if (closed) {
            throw new StateConflict("campaign.closed", "the campaign is closed");
        }
    }

    @EventSourcingHandler
    void on(CampaignLaunchedEvent event) {
        campaignId = event.campaignId();
    }

    @EventSourcingHandler
    void on(ChampionEnrolledEvent event) {
        enrolled.add(event.championId());
    }

    @EventSourcingHandler
    void on(CampaignClosedEvent event) {
        closed = true;
    }
}
