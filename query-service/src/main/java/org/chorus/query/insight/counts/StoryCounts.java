package org.chorus.query.insight.counts;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chorus.query.insight.InsightReader;
import org.chorus.query.insight.StoryFilter;
import org.chorus.query.insight.ThemesReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads the pre-computed counters: the story totals, and the themes report from the theme buckets. Answered from
 * buckets: no filter, any of place and feeling, one theme or one service area, and {@code from}/{@code to} on whole
 * Europe/London months; {@code uncoded} alone is an empty report (no theme to count). Anything else ({@code q},
 * {@code campaignId}, theme and service area together, dates inside a month) counts the matching stories instead,
 * through {@link #countMatching}.
 */
@Component
public class StoryCounts {
    private final MongoCollection<Document> buckets;
    private final MongoCollection<Document> totals;
    private final Function<StoryFilter, ThemesReport> matching;

    @Autowired
    StoryCounts(MongoDatabase database, InsightReader reader) {
        this(database, reader::themesByScan);
    }

    StoryCounts(MongoDatabase database, Function<StoryFilter, ThemesReport> matching) {
        this.buckets = database.getCollection(CounterFields.THEME_COUNTS);
        this.totals = database.getCollection(CounterFields.STORY_TOTALS);
        this.matching = matching;
    }

    /** A handful of small documents, whatever the number of stories. */
    public StoryTotals totals() {
        Map<String, Map<String, Long>> byDimension = new TreeMap<>();
        totals.find(gt(CounterFields.N, 0)).forEach(total -> byDimension
                .computeIfAbsent(total.getString(CounterFields.DIMENSION), dimension -> new TreeMap<>())
                .put(total.getString(CounterFields.VALUE), ((Number) total.get(CounterFields.N)).longValue()));
        return new StoryTotals(byDimension.getOrDefault(CounterKeys.STATUS, Map.of()),
                byDimension.getOrDefault(CounterKeys.THEME, Map.of()),
                byDimension.getOrDefault(CounterKeys.PLACE, Map.of()));
    }

    /** The themes report as {@code GET /api/v1/insights/themes} answers it. */
    public ThemesReport themes(StoryFilter filter) {
        if (filter.uncoded()) {
            return new ThemesReport(List.of());
        }
        if (!fromBuckets(filter)) {
            return countMatching(filter);
        }
        Map<String, Counts> byTheme = new TreeMap<>();
        buckets.find(query(filter)).forEach(bucket -> {
            long n = ((Number) bucket.get(CounterFields.N)).longValue();
            byTheme.computeIfAbsent(bucket.getString(CounterFields.THEME), theme -> new Counts())
                    .add(bucket.getString(CounterFields.PLACE), bucket.getString(CounterFields.MONTH), n);
        });
        List<ThemesReport.ThemeCount> themes = new ArrayList<>();
        byTheme.forEach((theme, counts) -> themes.add(
                new ThemesReport.ThemeCount(theme, counts.total, counts.byPlace, counts.byMonth)));
        themes.sort(Comparator.comparingLong(ThemesReport.ThemeCount::count).reversed()
                .thenComparing(ThemesReport.ThemeCount::theme));
        return new ThemesReport(themes);
    }

    /**
     * Counts the stories matching a filter the buckets cannot answer. This is where a word index hands over the ids
     * of the stories matching {@code q}; until there is one, the stories are scanned.
     */
    ThemesReport countMatching(StoryFilter filter) {
        return matching.apply(filter);
    }

    static boolean fromBuckets(StoryFilter filter) {
        return filter.words().isEmpty() && filter.campaignId() == null
                && (filter.theme() == null || filter.serviceArea() == null)
                && (filter.from() == null || filter.from().getDayOfMonth() == 1)
                && (filter.to() == null || filter.to().equals(YearMonth.from(filter.to()).atEndOfMonth()));
    }

    private static Bson query(StoryFilter filter) {
        List<Bson> conditions = new ArrayList<>();
        if (filter.theme() != null) {
            conditions.add(family(CounterKeys.WITH_THEME, filter.theme()));
        } else if (filter.serviceArea() != null) {
            conditions.add(family(CounterKeys.SERVICE_AREA, filter.serviceArea()));
        } else {
            conditions.add(family(CounterKeys.ALL, CounterKeys.ANY));
        }
        if (filter.place() != null) {
            conditions.add(eq(CounterFields.PLACE, filter.place()));
        }
        if (filter.feeling() != null) {
            conditions.add(eq(CounterFields.FEELING, filter.feeling()));
        }
        if (filter.from() != null) {
            conditions.add(gte(CounterFields.MONTH, month(filter.from())));
        }
        if (filter.to() != null) {
            conditions.add(lte(CounterFields.MONTH, month(filter.to())));
        }
        conditions.add(gt(CounterFields.N, 0));
        return and(conditions);
    }

    private static Bson family(String family, String key) {
        return and(eq(CounterFields.FAMILY, family), eq(CounterFields.KEY, key));
    }

    private static String month(LocalDate day) {
        return YearMonth.from(day).toString();
    }

    private static final class Counts {
        private long total;
        private final Map<String, Long> byPlace = new TreeMap<>();
        private final Map<String, Long> byMonth = new TreeMap<>();

        void add(String place, String month, long n) {
            total += n;
            byPlace.merge(place, n, Long::sum);
            byMonth.merge(month, n, Long::sum);
        }
    }
}
