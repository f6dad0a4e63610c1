package org.chorus.command.session;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.chorus.command.publishing.SnapshotConfiguration;
import org.chorus.command.rules.StateConflict;
import org.chorus.command.rules.UnknownReference;
import org.chorus.command.session.SessionCommands.AddContribution;
import org.chorus.command.session.SessionCommands.AddParticipant;
import org.chorus.command.session.SessionCommands.AgreeAction;
import org.chorus.command.session.SessionCommands.CastVote;
import org.chorus.command.session.SessionCommands.CloseSession;
import org.chorus.command.session.SessionCommands.EraseParticipant;
import org.chorus.command.session.SessionCommands.OpenSession;
import org.chorus.command.session.SessionCommands.ProgressAction;
import org.chorus.command.session.SessionCommands.RecordDecision;
import org.chorus.command.session.SessionCommands.ScheduleSession;
import org.chorus.command.session.SessionCommands.TableProposal;
import org.chorus.kernel.session.ActionAgreedEvent;
import org.chorus.kernel.session.ActionProgressedEvent;
import org.chorus.kernel.session.ContributionAddedEvent;
import org.chorus.kernel.session.DecisionRecordedEvent;
import org.chorus.kernel.session.ParticipantErasedEvent;
import org.chorus.kernel.session.ParticipantJoinedEvent;
import org.chorus.kernel.session.ProposalTabledEvent;
import org.chorus.kernel.session.SessionClosedEvent;
import org.chorus.kernel.session.SessionEvent;
import org.chorus.kernel.session.SessionFold;
import org.chorus.kernel.session.SessionId;
import org.chorus.kernel.session.SessionOpenedEvent;
import org.chorus.kernel.session.SessionScheduledEvent;
import org.chorus.kernel.session.SessionSnapshot;
import org.chorus.kernel.session.SessionSnapshot.Participant;
import org.chorus.kernel.session.SessionSnapshot.Proposal;
import org.chorus.kernel.session.SessionStatus;
import org.chorus.kernel.session.VoteCastEvent;

/**
 * A co-design session where residents, voluntary groups, NHS and council staff sit as equals. Its state is the
 * kernel's {@link SessionFold} of its events, the same fold replay uses; handlers check against it, then apply.
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.EVERY_50_EVENTS)
@SuppressWarnings("NullAway.Init")
class CoDesignSession {
    @AggregateIdentifier
    private SessionId id;
    private SessionSnapshot state;

    protected CoDesignSession() {
    }

    @CommandHandler
    CoDesignSession(ScheduleSession command) {
        apply(new SessionScheduledEvent(command.sessionId(), command.title(), command.topic(), command.place(),
                command.scheduledFor(), command.facilitator()));
    }

    @CommandHandler
    void handle(OpenSession command) {
        require(SessionStatus.SCHEDULED, "session.not-scheduled", "only a scheduled session can open");
        apply(new SessionOpenedEvent(id, command.openedBy()));
    }

    @CommandHandler
    void handle(AddParticipant command, ParticipantVault vault) {
        requireOpen();
        var name = vault.enrol(command.participantId(), command.displayName());
        apply(new ParticipantJoinedEvent(id, command.participantId(), name,
                command.organisation() == null ? null : vault.sealLike(name, command.organisation()), command.role(),
                command.livedExperience()));
    }

    @CommandHandler
    void handle(AddContribution command, ParticipantVault vault) {
        requireOpen();
        Participant by = present(command.participantId());
        apply(new ContributionAddedEvent(id, command.contributionId(), by.participantId(), command.kind(),
                vault.sealLike(by.displayName(), command.text()), command.evidenceStoryIds()));
    }

    @CommandHandler
    void handle(TableProposal command, ParticipantVault vault) {
        requireOpen();
        Participant by = present(command.participantId());
        for (UUID contribution : command.contributionIds()) {
            state.contribution(contribution).orElseThrow(() -> unknown("contribution", contribution));
        }
        apply(new ProposalTabledEvent(id, command.proposalId(), by.participantId(),
                vault.sealLike(by.displayName(), command.text()), command.evidenceStoryIds(), command.contributionIds()));
    }

    @CommandHandler
    void handle(CastVote command) {
        requireOpen();
        Proposal proposal = proposal(command.proposalId());
        present(command.participantId());
        if (proposal.decisionId() != null) {
            throw new StateConflict("proposal.decided", "this proposal has been decided: no more votes");
        }
        apply(new VoteCastEvent(id, proposal.proposalId(), command.participantId(), command.stance()));
    }

    @CommandHandler
    void handle(RecordDecision command) {
        requireOpen();
        Proposal proposal = proposal(command.proposalId());
        if (proposal.decisionId() != null) {
            throw new StateConflict("proposal.decided", "this proposal already has its decision");
        }
        apply(new DecisionRecordedEvent(id, command.decisionId(), proposal.proposalId(), command.outcome(),
                command.rationale()));
    }

    @CommandHandler
    void handle(AgreeAction command) {
        requireOpen();
        if (command.decisionId() != null) {
            state.decision(command.decisionId()).orElseThrow(() -> unknown("decision", command.decisionId()));
        }
        apply(new ActionAgreedEvent(id, command.actionId(), command.decisionId(), command.description(),
                command.owner(), command.dueBy()));
    }

    @CommandHandler
    void handle(ProgressAction command) {
        state.action(command.actionId()).orElseThrow(() -> unknown("action", command.actionId()));
        apply(new ActionProgressedEvent(id, command.actionId(), command.status(), command.note(),
                command.reportedBy()));
    }

    @CommandHandler
    void handle(EraseParticipant command, ParticipantVault vault) {
        Participant participant = state.participant(command.participantId())
                .orElseThrow(() -> unknown("participant", command.participantId()));
        if (participant.erased()) {
            throw new StateConflict("participant.erased", "this participant was already erased");
        }
        vault.forget(participant.participantId());
        apply(new ParticipantErasedEvent(id, participant.participantId(), command.erasedBy()));
    }

    @CommandHandler
    void handle(CloseSession command) {
        requireOpen();
        apply(new SessionClosedEvent(id, command.closedBy()));
    }

    @EventSourcingHandler
    void on(SessionEvent event) {
        id = event.sessionId();
        state = SessionFold.apply(state, event);
    }

    /** The live state, for the test that replay and the aggregate agree. */
    SessionSnapshot state() {
        return state;
    }

    private void requireOpen() {
        require(SessionStatus.OPEN, "session.not-open", "only an open session takes this");
    }

    private void require(SessionStatus status, String code, String message) {
        if (state.status() != status) {
            throw new StateConflict(code, message + " (it is " + state.status() + ")");
        }
    }

    private Participant present(UUID participantId) {
        Participant participant = state.participant(participantId)
                .orElseThrow(() -> unknown("participant", participantId));
        if (participant.erased()) {
            throw new StateConflict("participant.erased", "this participant was erased and takes no further part");
        }
        return participant;
    }

    private Proposal proposal(UUID proposalId) {
        return state.proposal(proposalId).orElseThrow(() -> unknown("proposal", proposalId));
    }

    private static UnknownReference unknown(String what, UUID id) {
        return new UnknownReference("no " + what + " " + id + " in this session");
    }
}
