package org.chorus.query.insight.counts;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pre-computed story totals: every story the read model holds (submitted, not withdrawn) by moderation status; the
 * visible ones (approved, consented to analysis) by place and once per coded theme.
 */
public record StoryTotals(Map<String, Long> byStatus, Map<String, Long> byTheme, Map<String, Long> byPlace) {

    public StoryTotals {
        byStatus = sorted(byStatus);
        byTheme = sorted(byTheme);
        byPlace = sorted(byPlace);
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        return Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
