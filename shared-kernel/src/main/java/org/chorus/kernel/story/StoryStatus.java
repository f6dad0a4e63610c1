package org.chorus.kernel.story;

/** Where a story is in its life cycle. */
public enum StoryStatus {
    PENDING_MODERATION, APPROVED, REJECTED, ESCALATED, WITHDRAWN
}
