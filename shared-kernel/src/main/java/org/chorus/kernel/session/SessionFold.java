package org.chorus.kernel.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.chorus.kernel.session.SessionSnapshot.Action;
import org.chorus.kernel.session.SessionSnapshot.Contribution;
import org.chorus.kernel.session.SessionSnapshot.Decision;
import org.chorus.kernel.session.SessionSnapshot.Participant;
import org.chorus.kernel.session.SessionSnapshot.Proposal;
import org.jspecify.annotations.Nullable;

/**
 * The one way a session's events become its state: the aggregate folds with it to check its rules, and replay folds
 * with it to show the state after any event, so the two cannot drift apart. Pure: no clock, no keys, no I/O.
 */
public final class SessionFold {
    private SessionFold() {
    }

    /** The state after all the given events, in order; the first must be {@link SessionScheduledEvent}. */
    public static SessionSnapshot fold(List<? extends SessionEvent> events) {
        SessionSnapshot state = null;
        for (SessionEvent event : events) {
            state = apply(state, event);
        }
        if (state == null) {
            throw new IllegalArgumentException("a session has at least its scheduling event");
        }
        return state;
    }

    /** The state after one more event. */
    public static SessionSnapshot apply(@Nullable SessionSnapshot state, SessionEvent event) {
        if (event instanceof SessionScheduledEvent e) {
            if (state != null) {
                throw new IllegalArgumentException("session " + e.sessionId() + " was already scheduled");
            }
            return new SessionSnapshot(e.sessionId(), e.title(), e.topic(), e.place(), e.scheduledFor(),
                    SessionStatus.SCHEDULED, 0, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        if (state == null) {
            throw new IllegalArgumentException("a session's first event is its scheduling, not " + event);
        }
        return next(state, event);
    }

    private static SessionSnapshot next(SessionSnapshot s, SessionEvent event) {
        long seq = s.lastSequence() + 1;
        if (event instanceof SessionOpenedEvent) {
            return with(s, seq, SessionStatus.OPEN, s.participants(), s.contributions(), s.proposals(), s.decisions(),
                    s.actions());
        }
        if (event instanceof SessionClosedEvent) {
            return with(s, seq, SessionStatus.CLOSED, s.participants(), s.contributions(), s.proposals(),
                    s.decisions(), s.actions());
        }
        if (event instanceof ParticipantJoinedEvent e) {
            return with(s, seq, s.status(), plus(s.participants(), new Participant(e.participantId(), e.displayName(),
                    e.organisation(), e.role(), e.livedExperience(), false)), s.contributions(), s.proposals(),
                    s.decisions(), s.actions());
        }
        if (event instanceof ParticipantErasedEvent e) {
            return with(s, seq, s.status(), replace(s.participants(), p -> p.participantId().equals(e.participantId()),
                    p -> new Participant(p.participantId(), p.displayName(), p.organisation(), p.role(),
                            p.livedExperience(), true)), s.contributions(), s.proposals(), s.decisions(), s.actions());
        }
        if (event instanceof ContributionAddedEvent e) {
            return with(s, seq, s.status(), s.participants(), plus(s.contributions(), new Contribution(
                    e.contributionId(), e.participantId(), e.kind(), e.text(), e.evidenceStoryIds())),
                    s.proposals(), s.decisions(), s.actions());
        }
        if (event instanceof ProposalTabledEvent e) {
            return with(s, seq, s.status(), s.participants(), s.contributions(), plus(s.proposals(), new Proposal(
                    e.proposalId(), e.participantId(), e.text(), e.evidenceStoryIds(), e.contributionIds(), Map.of(),
                    null)), s.decisions(), s.actions());
        }
        if (event instanceof VoteCastEvent e) {
            return with(s, seq, s.status(), s.participants(), s.contributions(), replace(s.proposals(),
                    p -> p.proposalId().equals(e.proposalId()), p -> {
                        Map<java.util.UUID, Stance> votes = new HashMap<>(p.votes());
                        votes.put(e.participantId(), e.stance());
                        return new Proposal(p.proposalId(), p.participantId(), p.text(), p.evidenceStoryIds(),
                                p.contributionIds(), votes, p.decisionId());
                    }), s.decisions(), s.actions());
        }
        if (event instanceof DecisionRecordedEvent e) {
            return with(s, seq, s.status(), s.participants(), s.contributions(), replace(s.proposals(),
                    p -> p.proposalId().equals(e.proposalId()), p -> new Proposal(p.proposalId(), p.participantId(),
                            p.text(), p.evidenceStoryIds(), p.contributionIds(), p.votes(), e.decisionId())),
                    plus(s.decisions(), new Decision(e.decisionId(), e.proposalId(), e.outcome(), e.rationale())),
                    s.actions());
        }
        if (event instanceof ActionAgreedEvent e) {
            return with(s, seq, s.status(), s.participants(), s.contributions(), s.proposals(), s.decisions(),
                    plus(s.actions(), new Action(e.actionId(), e.decisionId(), e.description(), e.owner(), e.dueBy(),
                            ActionStatus.NOT_STARTED)));
        }
        if (event instanceof ActionProgressedEvent e) {
            return with(s, seq, s.status(), s.participants(), s.contributions(), s.proposals(), s.decisions(),
                    replace(s.actions(), a -> a.actionId().equals(e.actionId()), a -> new Action(a.actionId(),
                            a.decisionId(), a.description(), a.owner(), a.dueBy(), e.status())));
        }
        throw new IllegalArgumentException("unknown session event " + event.getClass().getSimpleName());
    }

    private static SessionSnapshot with(SessionSnapshot s, long seq, SessionStatus status,
                                        List<Participant> participants, List<Contribution> contributions,
                                        List<Proposal> proposals, List<Decision> decisions, List<Action> actions) {
        return new SessionSnapshot(s.id(), s.title(), s.topic(), s.place(), s.scheduledFor(), status, seq,
                participants, contributions, proposals, decisions, actions);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static <T> List<T> replace(List<T> list, java.util.function.Predicate<T> which, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list.size());
        for (T item : list) {
            copy.add(which.test(item) ? change.apply(item) : item);
        }
        return copy;
    }
}
