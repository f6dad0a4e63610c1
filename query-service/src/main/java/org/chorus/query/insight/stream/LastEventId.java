package org.chorus.query.insight.stream;

import org.chorus.query.insight.FeedCursor;
import org.chorus.query.insight.arrival.ArrivalLog;
import org.jspecify.annotations.Nullable;

/**
 * Where a reconnecting client left off: the arrival number this stream sent as the event id, or, from a client that
 * connected before arrival numbers, the feed cursor that was the id then (resumed after that story's arrival).
 */
public final class LastEventId {
    private final long arrival;
    private final @Nullable String storyId;

    private LastEventId(long arrival, @Nullable String storyId) {
        this.arrival = arrival;
        this.storyId = storyId;
    }

    /** @throws IllegalArgumentException when the text is not an event id this stream issued */
    public static LastEventId parse(String text) {
        if (text.chars().allMatch(Character::isDigit) && !text.isEmpty() && text.length() <= 18) {
            return new LastEventId(Long.parseLong(text), null);
        }
        return new LastEventId(0, FeedCursor.decode(text).id());
    }

    /** The arrival number the stream continues after. */
    long arrival(ArrivalLog arrivals) {
        return storyId == null ? Math.min(arrival, arrivals.last()) : arrivals.arrivalOf(storyId);
    }
}
