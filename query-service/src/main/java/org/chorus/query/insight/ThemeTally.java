package org.chorus.query.insight;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.chorus.query.story.StoryFields;

/** Counts stories per theme, per place and per Europe/London month of approval. */
final class ThemeTally {
    private final Map<String, Counts> byTheme = new HashMap<>();

    void add(Document story) {
        String place = story.getString(StoryFields.PLACE);
        String month = YearMonth.from(story.getDate(StoryFields.APPROVED_AT).toInstant().atZone(StoryQueries.LONDON))
                .toString();
        for (String theme : story.getList(StoryFields.THEMES, String.class, List.of())) {
            Counts counts = byTheme.computeIfAbsent(theme, t -> new Counts());
            counts.total++;
            counts.byPlace.merge(place, 1L, Long::sum);
            counts.byMonth.merge(month, 1L, Long::sum);
        }
    }

    ThemesReport report() {
        List<ThemesReport.ThemeCount> themes = new ArrayList<>();
        byTheme.forEach((theme, counts) -> themes.add(
                new ThemesReport.ThemeCount(theme, counts.total, counts.byPlace, counts.byMonth)));
        themes.sort(Comparator.comparingLong(ThemesReport.ThemeCount::count).reversed()
                .thenComparing(ThemesReport.ThemeCount::theme));
        return new ThemesReport(themes);
    }

    private static final class Counts {
        private long total;
        private final Map<String, Long> byPlace = new TreeMap<>();
        private final Map<String, Long> byMonth = new TreeMap<>();
    }
}
