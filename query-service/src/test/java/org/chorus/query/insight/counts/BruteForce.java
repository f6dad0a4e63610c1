package org.chorus.query.insight.counts;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.chorus.query.insight.StoryFilter;
import org.chorus.query.insight.ThemesReport;
import org.chorus.query.story.StoryFields;
import org.jspecify.annotations.Nullable;

/** Counts by reading every story document, written plainly and apart from the counters, to check them against. */
final class BruteForce {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MongoDatabase database;

    BruteForce(MongoDatabase database) {
        this.database = database;
    }

    ThemesReport themes(StoryFilter filter) {
        Map<String, Long> totals = new TreeMap<>();
        Map<String, Map<String, Long>> byPlace = new TreeMap<>();
        Map<String, Map<String, Long>> byMonth = new TreeMap<>();
        for (Document story : stories()) {
            if (!visible(story) || !admits(filter, story)) {
                continue;
            }
            String month = LocalDate.ofInstant(story.getDate("approvedAt").toInstant(), LONDON).toString()
                    .substring(0, 7);
            for (String theme : story.getList("themes", String.class)) {
                totals.merge(theme, 1L, Long::sum);
                byPlace.computeIfAbsent(theme, t -> new TreeMap<>()).merge(story.getString("place"), 1L, Long::sum);
                byMonth.computeIfAbsent(theme, t -> new TreeMap<>()).merge(month, 1L, Long::sum);
            }
        }
        List<ThemesReport.ThemeCount> themes = new ArrayList<>();
        totals.forEach((theme, n) -> themes.add(new ThemesReport.ThemeCount(theme, n, byPlace.get(theme),
                byMonth.get(theme))));
        themes.sort(Comparator.comparingLong(ThemesReport.ThemeCount::count).reversed()
                .thenComparing(ThemesReport.ThemeCount::theme));
        return new ThemesReport(themes);
    }

    StoryTotals totals() {
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byTheme = new TreeMap<>();
        Map<String, Long> byPlace = new TreeMap<>();
        for (Document story : stories()) {
            if (story.getBoolean("erased", false)) {
                continue;
            }
            byStatus.merge(story.getString("status"), 1L, Long::sum);
            if (visible(story)) {
                byPlace.merge(story.getString("place"), 1L, Long::sum);
                story.getList("themes", String.class).forEach(theme -> byTheme.merge(theme, 1L, Long::sum));
            }
        }
        return new StoryTotals(byStatus, byTheme, byPlace);
    }

    private List<Document> stories() {
        return database.getCollection(StoryFields.COLLECTION).find().into(new ArrayList<>());
    }

    private static boolean visible(Document story) {
        return !story.getBoolean("erased", false) && "APPROVED".equals(story.getString("status"))
                && story.get("consent", Document.class).getBoolean("analysis");
    }

    private static boolean admits(StoryFilter filter, Document story) {
        LocalDate day = LocalDate.ofInstant(story.getDate("approvedAt").toInstant(), LONDON);
        List<String> themes = story.getList("themes", String.class);
        return (filter.theme() == null || themes.contains(filter.theme()))
                && (filter.place() == null || filter.place().equals(story.getString("place")))
                && (filter.serviceArea() == null
                        || story.getList("serviceAreas", String.class).contains(filter.serviceArea()))
                && (filter.feeling() == null || filter.feeling().equals(story.getString("feeling")))
                && (filter.from() == null || !day.isBefore(filter.from()))
                && (filter.to() == null || !day.isAfter(filter.to()));
    }

    /** The filters the buckets answer, each alone and a few together. */
    static List<StoryFilter> bucketFilters() {
        return List.of(StoryFilter.none(),
                filter(null, "LEWISHAM", null, null, null, null),
                filter(null, null, null, "NEGATIVE", null, null),
                filter("ACCESS", null, null, null, null, null),
                filter(null, null, "MATERNITY", null, null, null),
                filter("TRUST", "BROMLEY", null, "POSITIVE", null, null),
                filter(null, "LEWISHAM", "MENTAL_HEALTH", null, LocalDate.parse("2026-07-01"), null),
                filter(null, null, null, null, LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30")),
                filter("HOUSING", null, null, null, null, LocalDate.parse("2026-07-31")));
    }

    static StoryFilter filter(@Nullable String theme, @Nullable String place, @Nullable String serviceArea,
            @Nullable String feeling, @Nullable LocalDate from, @Nullable LocalDate to) {
        return new StoryFilter(theme, place, serviceArea, feeling, null, from, to, List.of(), false);
    }
}
