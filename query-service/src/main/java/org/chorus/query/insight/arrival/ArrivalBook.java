package org.chorus.query.insight.arrival;

import org.bson.Document;
import org.chorus.query.insight.VisibleStory;
import org.jspecify.annotations.Nullable;

/**
 * Where the arrival log keeps its marks and arrivals: the collections themselves, step by crash-safe step
 * ({@link ArrivalLog}), or a rebuild's buffer ({@link BufferedArrivals}). The rule of what a settled story logs is here,
 * once for both.
 */
interface ArrivalBook {

    /** The story's mark; null when it never arrived. */
    @Nullable Document mark(String storyId);

    /** Marks the story not visible, so showing it again is a new arrival. */
    void hide(String storyId);

    /** Logs a new arrival of the story under the next number and marks it visible with that number. */
    void arrive(String storyId, @Nullable Document mark);

    /** Brings the log in line with the story's document as it now stands (null when there is none). */
    static void settle(ArrivalBook book, String storyId, @Nullable Document story) {
        if (story != null && VisibleStory.neverApproved(story)) {
            return;
        }
        Document mark = book.mark(storyId);
        if (story == null || !VisibleStory.is(story)) {
            if (mark != null && (mark.getBoolean(ArrivalFields.VISIBLE, false) || mark.get(ArrivalFields.PENDING) != null)) {
                book.hide(storyId);
            }
            return;
        }
        if (mark == null || !mark.getBoolean(ArrivalFields.VISIBLE, false)) {
            book.arrive(storyId, mark);
        }
    }
}
