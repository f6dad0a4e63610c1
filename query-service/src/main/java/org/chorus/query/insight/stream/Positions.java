package org.chorus.query.insight.stream;

import java.util.Comparator;
import org.chorus.query.insight.FeedCursor;
import org.chorus.query.insight.StoryView;
import org.jspecify.annotations.Nullable;

/** Stream positions in approval order, as the feed cursor orders them; null is before every story. */
final class Positions {
    private static final Comparator<FeedCursor> ORDER = Comparator.comparing(FeedCursor::approvedAt)
            .thenComparing(FeedCursor::id);

    private Positions() {
    }

    static FeedCursor of(StoryView story) {
        return new FeedCursor(java.util.Objects.requireNonNull(story.approvedAt()), story.id());
    }

    static boolean after(@Nullable FeedCursor position, @Nullable FeedCursor other) {
        if (position == null) {
            return false;
        }
        return other == null || ORDER.compare(position, other) > 0;
    }
}
