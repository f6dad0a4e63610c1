package org.chorus.query.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.jspecify.annotations.Nullable;

/** Collects the story ids of every hit, read from doc values. */
final class IdCollector extends SimpleCollector {
    final List<String> ids = new ArrayList<>();
    private @Nullable SortedDocValues values;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        values = DocValues.getSorted(context.reader(), IndexedStory.ID);
    }

    @Override
    public void collect(int doc) throws IOException {
        if (values != null && values.advanceExact(doc)) {
            ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }
}
