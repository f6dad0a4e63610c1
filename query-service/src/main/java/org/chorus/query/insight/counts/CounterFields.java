package org.chorus.query.insight.counts;

/** Collections and field names of the counters and of the contributions they were counted with. */
public final class CounterFields {
    static final String THEME_COUNTS = "theme_counts";
    static final String STORY_TOTALS = "story_totals";
    public static final String COUNTED = "story_counted";
    public static final String ID = "_id";
    static final String N = "n";
    static final String OPS = "ops";
    /** How many writes a counter has taken: the condition of the next one. Counters written before it have none. */
    static final String V = "v";
    static final String FAMILY = "family";
    static final String KEY = "key";
    static final String THEME = "theme";
    static final String PLACE = "place";
    static final String MONTH = "month";
    static final String FEELING = "feeling";
    static final String DIMENSION = "dimension";
    static final String VALUE = "value";
    /** How many times a story's contribution changed: the condition of the next change. */
    public static final String VERSION = "version";
    public static final String CONTRIBUTION = "counted";
    public static final String TARGET = "target";
    /**
     * Twice the version, plus one while a target is set: the one plain value the first step's condition ("at this
     * version, no target yet") can be written as, so an index answers it. Records written before it have none.
     */
    public static final String STAGE = "stage";

    private CounterFields() {
    }
}
