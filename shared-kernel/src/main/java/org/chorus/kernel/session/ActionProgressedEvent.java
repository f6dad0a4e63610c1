package org.chorus.kernel.session;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An action moved on (also after the session closed). */
@Revision("1")
public record ActionProgressedEvent(
        SessionId sessionId,
        UUID actionId,
        ActionStatus status,
        String note,
        String reportedBy) implements SessionEvent {
}
