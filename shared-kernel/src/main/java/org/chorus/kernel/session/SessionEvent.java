package org.chorus.kernel.session;

/**
 * Everything that can happen in a co-design session. Events travel on Kafka topic {@code chorus.session.events},
 * keyed by session id, in order per session.
 */
public sealed interface SessionEvent permits SessionScheduledEvent, SessionOpenedEvent, ParticipantJoinedEvent,
        ContributionAddedEvent, ProposalTabledEvent, VoteCastEvent, DecisionRecordedEvent, ActionAgreedEvent,
        ActionProgressedEvent, ParticipantErasedEvent, SessionClosedEvent {

    SessionId sessionId();
}
