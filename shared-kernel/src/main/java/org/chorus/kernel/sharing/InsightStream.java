package org.chorus.kernel.sharing;

/**
 * The curated topic and its record headers. The record key is the story id. A record's value is a
 * {@link SharedStory} as JSON ({@link org.chorus.kernel.event.KernelJson}), or null (a tombstone, message type
 * {@link #REMOVED}): the story was withdrawn, erased or is no longer consented or approved, and a subscriber must
 * delete whatever it holds of it. Header values are UTF-8 strings.
 */
public final class InsightStream {
    /** Compacted: the latest record per story, and tombstones until subscribers have had time to read them. */
    public static final String TOPIC = "chorus.insight.stories";

    /** {@code SharedStory} or {@code SharedStoryRemoved}. */
    public static final String MESSAGE_TYPE = "chorus-message-type";
    /** The message type's revision, e.g. {@code 1}. */
    public static final String REVISION = "chorus-message-revision";
    /**
     * The story's event sequence the record reflects (its aggregate version). Increases per story; a subscriber
     * ignores a record whose version is lower than one it has applied (records are sent at least once).
     */
    public static final String STORY_VERSION = "chorus-story-version";

    /** The message type of a {@link SharedStory} record. */
    public static final String SHARED = "SharedStory";
    /** The revision of {@link SharedStory} now sent: its {@code @Revision}. */
    public static final String SHARED_REVISION = "1";
    /** The message type of a tombstone. */
    public static final String REMOVED = "SharedStoryRemoved";
    /** The revision of {@link #REMOVED} (its payload is always null; its headers are the contract). */
    public static final String REMOVED_REVISION = "1";

    private InsightStream() {
    }
}
