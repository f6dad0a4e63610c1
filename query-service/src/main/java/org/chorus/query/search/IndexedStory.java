package org.chorus.query.search;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.chorus.query.story.StoryFields;
import org.jspecify.annotations.Nullable;

/** The index document of a visible story: its id, version, filter codes, approval time and analysed words. */
final class IndexedStory {
    static final String ID = "id";
    static final String SEQUENCE = "sequence";
    static final String APPROVED_AT = "approvedAt";
    static final String LANGUAGE = "language";
    static final String THEME = "theme";
    static final String UNCODED = "uncoded";
    static final String PLACE = "place";
    static final String SERVICE_AREA = "serviceArea";
    static final String FEELING = "feeling";
    static final String CAMPAIGN_ID = "campaignId";
    static final String YES = "true";

    private IndexedStory() {
    }

    /** The document for a story read from the store; call only for a visible one. */
    static Document of(org.bson.Document story, SearchLanguages languages) {
        String id = story.getString(StoryFields.ID);
        long approvedAt = story.getDate(StoryFields.APPROVED_AT).getTime();
        Document doc = new Document();
        doc.add(new StringField(ID, id, Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
        doc.add(new NumericDocValuesField(SEQUENCE, sequence(story)));
        doc.add(new LongPoint(APPROVED_AT, approvedAt));
        doc.add(new NumericDocValuesField(APPROVED_AT, approvedAt));
        String key = languages.keyOf(story.getString(StoryFields.LANGUAGE));
        doc.add(new StringField(LANGUAGE, key, Field.Store.NO));
        List<String> themes = story.getList(StoryFields.THEMES, String.class, List.of());
        themes.forEach(theme -> doc.add(new StringField(THEME, theme, Field.Store.NO)));
        if (themes.isEmpty()) {
            doc.add(new StringField(UNCODED, YES, Field.Store.NO));
        }
        story.getList(StoryFields.SERVICE_AREAS, String.class, List.of())
                .forEach(area -> doc.add(new StringField(SERVICE_AREA, area, Field.Store.NO)));
        addIfSet(doc, PLACE, story.getString(StoryFields.PLACE));
        addIfSet(doc, FEELING, story.getString(StoryFields.FEELING));
        addIfSet(doc, CAMPAIGN_ID, story.getString(StoryFields.CAMPAIGN_ID));
        String title = story.getString(StoryFields.TITLE);
        if (title != null) {
            doc.add(new TextField(SearchLanguages.textField(key), title, Field.Store.NO));
        }
        String narrative = story.getString(StoryFields.NARRATIVE);
        if (narrative != null) {
            doc.add(new TextField(SearchLanguages.textField(key), narrative, Field.Store.NO));
        }
        return doc;
    }

    static long sequence(org.bson.Document story) {
        return ((Number) story.get(StoryFields.LAST_SEQUENCE)).longValue();
    }

    private static void addIfSet(Document doc, String field, @Nullable String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }
}
