package org.chorus.query.session.replay;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One event of a session's timeline.
 *
 * @param type the event type name, e.g. {@code VoteCastEvent}
 * @param data the event's fields, personal ones opened or withdrawn, never sealed
 */
public record TimelineEntry(long sequence, String type, Instant at, JsonNode data) {
}
