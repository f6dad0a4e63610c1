package org.chorus.query.search;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * One analyzer per language Lucene can stem, keyed by the primary subtag of a story's BCP 47 language, and the
 * standard analyzer (Unicode word breaking and lower-casing, no stemming) for every other language. Text fields are
 * named after the analyzer that made them, so a story is searched the way it was indexed.
 */
final class SearchLanguages implements AutoCloseable {
    static final String STANDARD = "std";

    private final Map<String, Analyzer> analyzers = new LinkedHashMap<>();
    private final Analyzer byField;

    SearchLanguages() {
        analyzers.put("en", new EnglishAnalyzer());
        analyzers.put("pl", new PolishAnalyzer());
        analyzers.put("pt", new PortugueseAnalyzer());
        analyzers.put("es", new SpanishAnalyzer());
        analyzers.put("fr", new FrenchAnalyzer());
        analyzers.put("de", new GermanAnalyzer());
        analyzers.put("it", new ItalianAnalyzer());
        analyzers.put("nl", new DutchAnalyzer());
        analyzers.put(STANDARD, new StandardAnalyzer());
        byField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return analyzer(fieldName.substring(fieldName.lastIndexOf('.') + 1));
            }
        };
    }

    /** The analyzer key for a story's language: its primary subtag when Lucene stems it, else the standard one. */
    String keyOf(@Nullable String language) {
        if (language == null) {
            return STANDARD;
        }
        String primary = language.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return analyzers.containsKey(primary) ? primary : STANDARD;
    }

    Set<String> keys() {
        return analyzers.keySet();
    }

    Analyzer analyzer(String key) {
        return analyzers.getOrDefault(key, analyzers.get(STANDARD));
    }

    /** Analyses each text field with the analyzer its name ends with. */
    Analyzer byField() {
        return byField;
    }

    /** The field holding a story's title and narrative as the analyzer {@code key} saw them. */
    static String textField(String key) {
        return "text." + key;
    }

    @Override
    public void close() {
        byField.close();
        analyzers.values().forEach(Analyzer::close);
    }
}
