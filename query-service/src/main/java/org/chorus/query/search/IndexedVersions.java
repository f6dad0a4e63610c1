package org.chorus.query.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/** Which version of each story the index holds, read from doc values only. */
final class IndexedVersions {

    private IndexedVersions() {
    }

    static Map<String, Long> of(IndexSearcher searcher) throws IOException {
        Map<String, Long> versions = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            Bits live = reader.getLiveDocs();
            SortedDocValues ids = DocValues.getSorted(reader, IndexedStory.ID);
            NumericDocValues sequences = DocValues.getNumeric(reader, IndexedStory.SEQUENCE);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if ((live == null || live.get(doc)) && ids.advanceExact(doc) && sequences.advanceExact(doc)) {
                    versions.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), sequences.longValue());
                }
            }
        }
        return versions;
    }
}
