package org.chorus.query.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.chorus.query.insight.StoryFilter;
import org.jspecify.annotations.Nullable;

/**
 * Lucene queries for the feed's conditions. Every word must match in the title or the narrative; each word is
 * analysed once per language, and a story is held to the words as its own language's analyzer reads them. A word
 * that analyser drops (a stop word there) asks nothing of the story.
 */
final class SearchQueries {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /**
     * Boolean clauses a query may hold in all: a language's conjunction has one per distinct term, and a query of
     * 200 characters has at most 200 terms (ideographs are one term each), for each of the analyzers.
     */
    static final int MAX_CLAUSES = 4096;

    private SearchQueries() {
    }

    static Query of(StoryFilter filter, SearchLanguages languages) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        filterIfSet(query, IndexedStory.THEME, filter.theme());
        filterIfSet(query, IndexedStory.PLACE, filter.place());
        filterIfSet(query, IndexedStory.SERVICE_AREA, filter.serviceArea());
        filterIfSet(query, IndexedStory.FEELING, filter.feeling());
        filterIfSet(query, IndexedStory.CAMPAIGN_ID, filter.campaignId());
        if (filter.uncoded()) {
            filterIfSet(query, IndexedStory.UNCODED, IndexedStory.YES);
        }
        if (filter.from() != null || filter.to() != null) {
            long from = filter.from() == null ? Long.MIN_VALUE : startOf(filter.from());
            long to = filter.to() == null ? Long.MAX_VALUE : startOf(filter.to().plusDays(1)) - 1;
            query.add(LongPoint.newRangeQuery(IndexedStory.APPROVED_AT, from, to), Occur.FILTER);
        }
        if (!filter.words().isEmpty()) {
            query.add(words(filter.words(), languages), Occur.FILTER);
        }
        return query.build();
    }

    /**
     * Stories of any language holding every word as their language reads it. Every term of every word must match, so
     * the terms of one language are one flat conjunction: at most the query's length in clauses per language.
     */
    private static Query words(List<String> words, SearchLanguages languages) {
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        for (String key : languages.keys()) {
            BooleanQuery.Builder inLanguage = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexedStory.LANGUAGE, key)), Occur.FILTER);
            Set<String> terms = new LinkedHashSet<>();
            words.forEach(word -> terms.addAll(terms(languages.analyzer(key), word)));
            terms.forEach(term -> inLanguage.add(new TermQuery(new Term(SearchLanguages.textField(key), term)),
                    Occur.FILTER));
            anyLanguage.add(inLanguage.build(), Occur.SHOULD);
        }
        return anyLanguage.build();
    }

    /** The words as the analyzer {@code key} reads them, any of them, to mark in a story's text. */
    static Query marks(List<String> words, String key, SearchLanguages languages) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Set<String> terms = new LinkedHashSet<>();
        words.forEach(word -> terms.addAll(terms(languages.analyzer(key), word)));
        terms.forEach(term -> any.add(new TermQuery(new Term(SearchLanguages.textField(key), term)), Occur.SHOULD));
        return any.build();
    }

    static List<String> terms(Analyzer analyzer, String word) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("q", word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static void filterIfSet(BooleanQuery.Builder query, String field, @Nullable String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private static long startOf(LocalDate day) {
        return day.atStartOfDay(LONDON).toInstant().toEpochMilli();
    }
}
