package org.chorus.kernel.session;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A participant voted on a proposal; a later vote by the same participant replaces the earlier one. */
@Revision("1")
public record VoteCastEvent(
        SessionId sessionId,
        UUID proposalId,
        UUID participantId,
        Stance stance) implements SessionEvent {
}
