package org.chorus.query.story;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.chorus.kernel.codebook.Theme;

/** Which active themes a story's words suggest: a keyword as a whole word or phrase, in any case and script. */
final class ThemeSuggestions {

    private ThemeSuggestions() {
    }

    static List<String> suggest(List<Theme> codebook, String text, Collection<String> coded) {
        return codebook.stream()
                .filter(theme -> !theme.retired() && !coded.contains(theme.code().value()))
                .filter(theme -> theme.keywords().stream().anyMatch(keyword -> occurs(keyword, text)))
                .map(theme -> theme.code().value())
                .distinct()
                .toList();
    }

    // \b is ASCII-only by default and Bengali vowel signs are not letters: a word boundary is a letter or mark
    // neither before nor after the keyword.
    private static boolean occurs(String keyword, String text) {
        String trimmed = keyword.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])" + Pattern.quote(trimmed)
                + "(?![\\p{L}\\p{M}\\p{N}])", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
        return pattern.matcher(text).find();
    }
}
