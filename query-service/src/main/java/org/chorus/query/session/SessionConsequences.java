package org.chorus.query.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.session.ContributionAddedEvent;
import org.chorus.kernel.session.DecisionRecordedEvent;
import org.chorus.kernel.session.ParticipantErasedEvent;
import org.chorus.kernel.session.ProposalTabledEvent;
import org.chorus.kernel.session.SessionEvent;
import org.chorus.kernel.session.SessionFold;
import org.chorus.kernel.session.SessionSnapshot;
import org.jspecify.annotations.Nullable;

/** What a session event changes beyond the session itself: story citations, and keys forgotten on erasure. */
final class SessionConsequences {
    private final SessionStore store;
    private final StoryCitations citations;
    private final ParticipantKeys keys;

    SessionConsequences(SessionStore store, ParticipantKeys keys) {
        this.store = store;
        this.citations = new StoryCitations(store);
        this.keys = keys;
    }

    /** Idempotent: safe to run again for an event whose earlier attempt was interrupted. */
    void of(SessionEvent event, long sequence) {
        String sessionId = event.sessionId().toString();
        if (event instanceof ContributionAddedEvent contribution) {
            citations.cite(contribution.evidenceStoryIds(), sessionId, null);
        } else if (event instanceof ProposalTabledEvent proposal) {
            citations.cite(proposal.evidenceStoryIds(), sessionId, null);
        } else if (event instanceof DecisionRecordedEvent decision) {
            SessionSnapshot session = before(sessionId, sequence);
            session.proposal(decision.proposalId()).ifPresent(proposal -> citations.cite(
                    Provenance.storiesBehind(session, proposal), sessionId, decision.decisionId()));
        } else if (event instanceof ParticipantErasedEvent erased) {
            keys.forget(keyIdsOf(before(sessionId, sequence), erased));
        }
    }

    private SessionSnapshot before(String sessionId, long sequence) {
        return SessionFold.fold(SessionLog.events(sessionId, sequence - 1, store::events).stream()
                .map(StoredSessionEvent::event).toList());
    }

    private static List<String> keyIdsOf(SessionSnapshot session, ParticipantErasedEvent erased) {
        Set<String> keyIds = new LinkedHashSet<>();
        session.participant(erased.participantId()).ifPresent(p -> {
            keyIds.add(p.displayName().keyId());
            add(keyIds, p.organisation());
        });
        session.contributions().stream().filter(c -> c.participantId().equals(erased.participantId()))
                .forEach(c -> keyIds.add(c.text().keyId()));
        session.proposals().stream().filter(p -> p.participantId().equals(erased.participantId()))
                .forEach(p -> keyIds.add(p.text().keyId()));
        return new ArrayList<>(keyIds);
    }

    private static void add(Set<String> keyIds, @Nullable SealedText sealed) {
        if (sealed != null) {
            keyIds.add(sealed.keyId());
        }
    }
}
