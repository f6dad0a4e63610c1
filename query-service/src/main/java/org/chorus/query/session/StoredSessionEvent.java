package org.chorus.query.session;

import java.time.Instant;
import org.chorus.kernel.session.SessionEvent;

/**
 * One applied event of a session as kept in {@code session_events}: still sealed, exactly as it travelled.
 *
 * @param type the event type name, as in the {@code chorus-event-type} header
 * @param at   when command-service committed it
 * @param json the event as JSON ({@code KernelJson})
 */
public record StoredSessionEvent(long sequence, String type, Instant at, SessionEvent event, String json) {
}
