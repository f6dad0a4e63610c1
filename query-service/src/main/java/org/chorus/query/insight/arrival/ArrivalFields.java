package org.chorus.query.insight.arrival;

/** Collections and fields of the arrival log. */
public final class ArrivalFields {
    /** {@code {_id: number, storyId, loggedAt}}: one document per arrival, keyed by its number. */
    static final String ARRIVALS = "story_arrivals";
    /** {@code {_id: "arrivals", last}}: the last number taken. */
    static final String COUNTER = "story_arrival_counter";
    static final String COUNTER_ID = "arrivals";
    /**
     * {@code {_id: storyId, visible, arrival, pending}}: whether the story's present visibility is logged, under which
     * number, and the number taken for it but not yet confirmed written. Kept apart from the story document, which
     * withdrawal replaces by a tombstone.
     */
    public static final String MARKS = "story_arrival_marks";
    public static final String ID = "_id";
    static final String STORY_ID = "storyId";
    static final String LOGGED_AT = "loggedAt";
    static final String LAST = "last";
    public static final String VISIBLE = "visible";
    static final String ARRIVAL = "arrival";
    public static final String PENDING = "pending";

    private ArrivalFields() {
    }
}
