package org.chorus.kernel.session;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The session decided on a proposal, with its rationale. One decision per proposal. */
@Revision("1")
public record DecisionRecordedEvent(
        SessionId sessionId,
        UUID decisionId,
        UUID proposalId,
        Outcome outcome,
        String rationale) implements SessionEvent {
}
