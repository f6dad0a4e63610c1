package org.chorus.kernel.session;

import org.axonframework.serialization.Revision;

/** The session closed; only action progress and erasure are taken afterwards. */
@Revision("1")
public record SessionClosedEvent(
        SessionId sessionId,
        String closedBy) implements SessionEvent {
}
