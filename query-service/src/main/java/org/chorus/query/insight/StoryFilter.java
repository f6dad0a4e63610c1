package org.chorus.query.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which visible stories a feed or a theme count covers; null means no condition. Dates are Europe/London
 * calendar days of the approval, both inclusive; every word must appear in the title or the narrative.
 */
public record StoryFilter(
        @Nullable String theme,
        @Nullable String place,
        @Nullable String serviceArea,
        @Nullable String feeling,
        @Nullable String campaignId,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        List<String> words,
        boolean uncoded) {

    public StoryFilter {
        words = List.copyOf(words);
    }

    /** The same conditions as the Mongo query, for a story already read. */
    public boolean admits(StoryView story) {
        if (story.approvedAt() == null) {
            return false;
        }
        LocalDate day = LocalDate.ofInstant(story.approvedAt(), StoryQueries.LONDON);
        return (theme == null || story.themes().contains(theme))
                && (place == null || place.equals(story.place()))
                && (serviceArea == null || story.serviceAreas().contains(serviceArea))
                && (feeling == null || feeling.equals(story.feeling()))
                && (campaignId == null || campaignId.equals(story.campaignId()))
                && (from == null || !day.isBefore(from))
                && (to == null || !day.isAfter(to))
                && words.stream().allMatch(word -> contains(story.title(), word) || contains(story.narrative(), word))
                && (!uncoded || story.themes().isEmpty());
    }

    private static boolean contains(@Nullable String text, String word) {
        return text != null && Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    public static StoryFilter none() {
        return new StoryFilter(null, null, null, null, null, null, null, List.of(), false);
    }
}
