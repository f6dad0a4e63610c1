package org.chorus.kernel.session;

import org.axonframework.serialization.Revision;

/** The session opened: from now on it takes participants, contributions, proposals, votes, decisions and actions. */
@Revision("1")
public record SessionOpenedEvent(
        SessionId sessionId,
        String openedBy) implements SessionEvent {
}
