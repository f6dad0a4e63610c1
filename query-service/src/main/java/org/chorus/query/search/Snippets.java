package org.chorus.query.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.chorus.query.insight.StoryView;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a passage of about {@value #LENGTH} characters around the searched words from a story's narrative, or its
 * title when the words are only there, analysing the text on the fly as the story's language reads it. The index
 * keeps no text to highlight from: the words come from the store with the page.
 */
final class Snippets {
    static final int LENGTH = 200;
    static final String ELLIPSIS = "…";

    private final SearchLanguages languages;
    private final Map<String, UnifiedHighlighter> highlighters = new HashMap<>();

    Snippets(SearchLanguages languages) {
        this.languages = languages;
        for (String key : languages.keys()) {
            highlighters.put(key, UnifiedHighlighter.builderWithoutSearcher(languages.analyzer(key))
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getWordInstance(Locale.ROOT), LENGTH, 0.5f))
                    .withMaxNoHighlightPassages(0)
                    .withFormatter(new SnippetFormatter())
                    .build());
        }
    }

    Optional<StoryView.Snippet> of(List<String> words, StoryView story) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String key = languages.keyOf(story.language());
        Query marks = SearchQueries.marks(words, key, languages);
        UnifiedHighlighter highlighter = highlighters.get(key);
        StoryView.@Nullable Snippet found = highlight(highlighter, key, marks, story.narrative());
        if (found == null) {
            found = highlight(highlighter, key, marks, story.title());
        }
        if (found == null) {
            found = opening(story.narrative() != null ? story.narrative() : story.title());
        }
        return Optional.ofNullable(found);
    }

    private static StoryView.@Nullable Snippet highlight(UnifiedHighlighter highlighter, String key, Query marks,
            @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return (StoryView.Snippet) highlighter.highlightWithoutSearcher(SearchLanguages.textField(key), marks, text,
                    1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of the text, cut at a word boundary, for words that the text only holds as stop words. */
    private static StoryView.@Nullable Snippet opening(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() <= LENGTH) {
            return new StoryView.Snippet(text.strip(), List.of());
        }
        int cut = text.lastIndexOf(' ', LENGTH);
        return new StoryView.Snippet(text.substring(0, cut > 0 ? cut : LENGTH).strip() + ELLIPSIS, List.of());
    }

    /** Plain text and match offsets, never markup: pages escape the text and mark the ranges themselves. */
    private static final class SnippetFormatter extends PassageFormatter {

        @Override
        public @Nullable Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage passage = passages[0];
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            while (start < end && Character.isWhitespace(content.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
                end--;
            }
            String before = start > 0 ? ELLIPSIS : "";
            String after = end < content.length() ? ELLIPSIS : "";
            int shift = before.length() - start;
            List<StoryView.Highlight> highlights = new ArrayList<>();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int from = Math.max(passage.getMatchStarts()[i], start) + shift;
                int to = Math.min(passage.getMatchEnds()[i], end) + shift;
                if (to <= from) {
                    continue;
                }
                int last = highlights.size() - 1;
                if (last >= 0 && highlights.get(last).end() >= from) {
                    highlights.set(last, new StoryView.Highlight(highlights.get(last).start(),
                            Math.max(to, highlights.get(last).end())));
                } else {
                    highlights.add(new StoryView.Highlight(from, to));
                }
            }
            return new StoryView.Snippet(before + content.substring(start, end) + after, highlights);
        }
    }
}
