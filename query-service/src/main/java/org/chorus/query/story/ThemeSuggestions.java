package org.chorus.query.story;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.chorus.kernel.codebook.Theme;

/** Which active themes a story's words suggest: a keyword as a whole word or phrase, in any case and script. */
final class ThemeSuggestions {
    /** More keyword lists than any codebook holds: past it the patterns are compiled afresh. */
    private static final int KEPT = 1_024;
    private static final Map<List<String>, Optional<Pattern>> PATTERNS = new ConcurrentHashMap<>();

    private ThemeSuggestions() {
    }

    static List<String> suggest(List<Theme> codebook, String text, Collection<String> coded) {
        return codebook.stream()
                .filter(theme -> !theme.retired() && !coded.contains(theme.code().value()))
                .filter(theme -> anyOccurs(theme.keywords(), text))
                .map(theme -> theme.code().value())
                .distinct()
                .toList();
    }

    // one pattern per theme, compiled once: a pattern per keyword, compiled for every story, was most of a rebuild's
    // time on the bench (docs/benchmarks.md)
    private static boolean anyOccurs(List<String> keywords, String text) {
        Optional<Pattern> pattern = PATTERNS.get(keywords);
        if (pattern == null) {
            if (PATTERNS.size() >= KEPT) {
                PATTERNS.clear();
            }
            pattern = PATTERNS.computeIfAbsent(List.copyOf(keywords), ThemeSuggestions::anyWholeWord);
        }
        return pattern.isPresent() && pattern.get().matcher(text).find();
    }

    // \b is ASCII-only by default and Bengali vowel signs are not letters: a word boundary is a letter, mark or digit
    // neither before nor after the keyword. With the keywords as alternatives, a keyword that fits the text but not
    // the boundary after it is backtracked from and the next one tried, so the pattern finds whatever any one would.
    static Optional<Pattern> anyWholeWord(List<String> keywords) {
        List<String> quoted = keywords.stream().map(String::strip).filter(keyword -> !keyword.isEmpty())
                .map(Pattern::quote).toList();
        if (quoted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])(?:" + String.join("|", quoted)
                + ")(?![\\p{L}\\p{M}\\p{N}])", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE));
    }
}
