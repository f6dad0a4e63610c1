package org.chorus.query.session.replay;

import java.util.List;
import org.chorus.kernel.session.SessionSnapshot;
import org.chorus.query.session.Provenance;

/** Turns a folded snapshot into what a facilitator sees, opening the words that may still be read. */
final class SessionStates {

    private SessionStates() {
    }

    static SessionState of(SessionSnapshot s, SessionTexts texts) {
        return new SessionState(s.id().value(), s.title(), s.status(),
                s.participants().stream().map(p -> new SessionState.Participant(p.participantId(),
                        texts.displayName(p.participantId(), p.displayName()), p.role(), p.livedExperience())).toList(),
                s.contributions().stream().map(c -> new SessionState.Contribution(c.contributionId(),
                        c.participantId(), c.kind(), texts.open(c.participantId(), c.text()), c.evidenceStoryIds()))
                        .toList(),
                s.proposals().stream().map(p -> proposal(s, p, texts)).toList(),
                s.decisions().stream().map(d -> decision(s, d)).toList(),
                s.actions().stream().map(a -> new SessionState.Action(a.actionId(), a.decisionId(), a.description(),
                        a.owner(), a.dueBy(), a.status())).toList());
    }

    private static SessionState.Proposal proposal(SessionSnapshot s, SessionSnapshot.Proposal p, SessionTexts texts) {
        SessionState.ProposalDecision decision = p.decisionId() == null ? null : s.decision(p.decisionId())
                .map(d -> new SessionState.ProposalDecision(d.decisionId(), d.outcome(), d.rationale())).orElse(null);
        return new SessionState.Proposal(p.proposalId(), texts.open(p.participantId(), p.text()), p.participantId(),
                p.tally(), decision);
    }

    private static SessionState.Decision decision(SessionSnapshot s, SessionSnapshot.Decision d) {
        List<SessionSnapshot.Proposal> proposal = s.proposal(d.proposalId()).stream().toList();
        return new SessionState.Decision(d.decisionId(), d.proposalId(), d.outcome(), d.rationale(),
                proposal.stream().flatMap(p -> Provenance.storiesBehind(s, p).stream()).toList(),
                proposal.stream().flatMap(p -> p.contributionIds().stream()).toList());
    }
}
