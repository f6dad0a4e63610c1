package org.chorus.kernel.session;

import java.time.Instant;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ThemeCode;
import org.axonframework.serialization.Revision;

/** A facilitator scheduled a session on a theme in a place. */
@Revision("1")
public record SessionScheduledEvent(
        SessionId sessionId,
        String title,
        ThemeCode topic,
        PlaceCode place,
        Instant scheduledFor,
        String facilitator) implements SessionEvent {
}
