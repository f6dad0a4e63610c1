package org.chorus.query.insight.counts;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import org.bson.Document;
import org.chorus.kernel.story.StoryStatus;
import org.chorus.query.story.StoryFields;
import org.jspecify.annotations.Nullable;

/**
 * The counters a story document contributes one to. A key names its counter completely, so the contribution recorded
 * for a story is a list of keys. Codes are UPPER_SNAKE, months {@code YYYY-MM} and feelings enum names: none holds
 * the separator.
 * <ul>
 * <li>{@code T|A|*|theme|place|month|feeling}: every visible story, once per coded theme;</li>
 * <li>{@code T|W|with|theme|place|month|feeling}: the same, for the stories also coded {@code with} (the
 * theme filter);</li>
 * <li>{@code T|S|area|theme|place|month|feeling}: the same, for the stories of service area {@code area};</li>
 * <li>{@code N|status|S}: every story the read model holds (not erased), by status;</li>
 * <li>{@code N|place|P} and {@code N|theme|T}: every visible story, by place and once per coded theme.</li>
 * </ul>
 */
final class CounterKeys {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String SEPARATOR = "|";
    static final String THEME_BUCKET = "T";
    static final String TOTAL = "N";
    static final String ALL = "A";
    static final String WITH_THEME = "W";
    static final String SERVICE_AREA = "S";
    static final String ANY = "*";
    static final String STATUS = "status";
    static final String PLACE = "place";
    static final String THEME = "theme";

    private CounterKeys() {
    }

    /** Sorted, without repeats; empty for a missing or erased story. */
    static List<String> of(@Nullable Document story) {
        TreeSet<String> keys = new TreeSet<>();
        if (story == null || story.getBoolean(StoryFields.ERASED, false)) {
            return List.of();
        }
        String status = story.getString(StoryFields.STATUS);
        keys.add(total(STATUS, status));
        Document consent = story.get(StoryFields.CONSENT, new Document());
        if (!StoryStatus.APPROVED.name().equals(status) || !consent.getBoolean("analysis", false)) {
            return List.copyOf(keys);
        }
        String place = story.getString(StoryFields.PLACE);
        String feeling = story.getString(StoryFields.FEELING);
        String month = YearMonth.from(story.getDate(StoryFields.APPROVED_AT).toInstant().atZone(LONDON)).toString();
        List<String> themes = story.getList(StoryFields.THEMES, String.class, List.of());
        keys.add(total(PLACE, place));
        for (String theme : themes) {
            keys.add(total(THEME, theme));
            keys.add(bucket(ALL, ANY, theme, place, month, feeling));
            themes.forEach(with -> keys.add(bucket(WITH_THEME, with, theme, place, month, feeling)));
            for (String area : story.getList(StoryFields.SERVICE_AREAS, String.class, List.of())) {
                keys.add(bucket(SERVICE_AREA, area, theme, place, month, feeling));
            }
        }
        return List.copyOf(keys);
    }

    static String bucket(String family, String key, String theme, String place, String month, String feeling) {
        return String.join(SEPARATOR, THEME_BUCKET, family, key, theme, place, month, feeling);
    }

    static String total(String dimension, String value) {
        return String.join(SEPARATOR, TOTAL, dimension, value);
    }
}
