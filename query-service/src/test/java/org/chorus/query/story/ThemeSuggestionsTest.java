package org.chorus.query.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A theme's keywords as one pattern find exactly what each keyword's own whole-word pattern finds. */
class ThemeSuggestionsTest {
    private static final List<String> WORDS = List.of("midwife", "Midwives", "wait", "waiting list", "GP", "gp's",
            "A&E", "ধাত্রী", "ধাত্রীর", "অপেক্ষা", "nurse", "care", "careful", "ice", "İstanbul", "straße", "-", "  ");
    private static final List<String> GLUE = List.of(" ", "", ".", ", ", "'", "-", "\n", "x", "1", "ি");

    @Test
    void onePatternPerThemeFindsWhatAnyKeywordFinds() {
        Random random = new Random(9);
        int found = 0;
        for (int i = 0; i < 5_000; i++) {
            List<String> keywords = pick(random, 1 + random.nextInt(4));
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 1 + random.nextInt(6); w++) {
                String word = WORDS.get(random.nextInt(WORDS.size()));
                text.append(random.nextBoolean() ? word.toUpperCase() : word).append(GLUE.get(random.nextInt(GLUE.size())));
            }
            boolean expected = keywords.stream().anyMatch(keyword -> alone(keyword, text.toString()));
            Optional<Pattern> combined = ThemeSuggestions.anyWholeWord(keywords);
            assertThat(combined.isPresent() && combined.get().matcher(text).find())
                    .as("%s in \"%s\"", keywords, text).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).as("texts with a keyword").isBetween(500, 4_500);
    }

    @Test
    void blankKeywordsSuggestNothing() {
        assertThat(ThemeSuggestions.anyWholeWord(List.of(" ", ""))).isEmpty();
    }

    // how each keyword was matched before: its own pattern
    private static boolean alone(String keyword, String text) {
        String trimmed = keyword.strip();
        return !trimmed.isEmpty() && Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])" + Pattern.quote(trimmed)
                + "(?![\\p{L}\\p{M}\\p{N}])", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    private static List<String> pick(Random random, int n) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return picked;
    }
}
