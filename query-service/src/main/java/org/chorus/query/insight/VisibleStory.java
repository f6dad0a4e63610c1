package org.chorus.query.insight;

import org.bson.Document;
import org.chorus.kernel.story.StoryStatus;
import org.chorus.query.story.StoryFields;

/** What analysts may see of the stories read model: approved, consented to analysis, not erased. */
public final class VisibleStory {

    private VisibleStory() {
    }

    /** Whether analysts may see the story, read from its document (tombstones are never visible). */
    public static boolean is(Document story) {
        Document consent = story.get(StoryFields.CONSENT, new Document());
        return !story.getBoolean(StoryFields.ERASED, false)
                && StoryStatus.APPROVED.name().equals(story.getString(StoryFields.STATUS))
                && consent.getBoolean("analysis", false)
                && story.getDate(StoryFields.APPROVED_AT) != null;
    }

    /**
     * Whether a story document was never approved, and so never visible nor counted: approval sets its time once and
     * only erasure (a tombstone, which keeps no time) removes it. The read models that follow approved stories have
     * nothing of such a story to read or clear.
     */
    public static boolean neverApproved(Document story) {
        return !story.getBoolean(StoryFields.ERASED, false) && story.getDate(StoryFields.APPROVED_AT) == null;
    }
}
