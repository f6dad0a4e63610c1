package org.chorus.query.insight;

import java.util.List;
import java.util.Map;

/** How often each theme was coded, by place and by Europe/London month of approval. */
public record ThemesReport(List<ThemeCount> themes) {

    public record ThemeCount(String theme, long count, Map<String, Long> byPlace, Map<String, Long> byMonth) {
    }
}
