package org.chorus.query.search;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chorus.query.insight.FeedCursor;
import org.chorus.query.insight.StoryFilter;
import org.chorus.query.insight.StoryFinder;
import org.chorus.query.insight.StoryView;
import org.chorus.query.insight.VisibleStory;
import org.chorus.query.story.StoryFields;
import org.chorus.query.story.LiveOnly;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The word-search index of visible stories, on disk, derived from the {@code stories} collection. Each settled story
 * event re-reads that story's document and replaces or deletes its index document, and the next search refreshes
 * the searcher first, so the feed finds a story as soon as the event is applied. At startup the index is brought in
 * line with the store (rebuilt whole when missing or unreadable); it is committed periodically and when the service
 * stops.
 */
@Component
public class StoryIndex implements StoryFinder, LiveOnly, SmartLifecycle, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StoryIndex.class);
    /** Raised whenever what is indexed or how it is analysed changes: an index of another schema is rebuilt. */
    static final String SCHEMA = "1";
    private static final String SCHEMA_KEY = "schema";
    private static final Sort NEWEST_FIRST = new Sort(
            new SortField(IndexedStory.APPROVED_AT, SortField.Type.LONG, true),
            new SortField(IndexedStory.ID, SortField.Type.STRING, true));
    static final Bson INDEXED_FIELDS = Projections.include(StoryFields.LAST_SEQUENCE, StoryFields.ERASED,
            StoryFields.STATUS, StoryFields.CONSENT, StoryFields.APPROVED_AT, StoryFields.LANGUAGE, StoryFields.THEMES,
            StoryFields.SERVICE_AREAS, StoryFields.PLACE, StoryFields.FEELING, StoryFields.CAMPAIGN_ID,
            StoryFields.TITLE, StoryFields.NARRATIVE);
    private static final int STRIPES = 64;
    private static final long ABSENT = -1;

    private final MongoCollection<Document> stories;
    private final SearchLanguages languages = new SearchLanguages();
    private final Snippets snippets = new Snippets(languages);
    private final Path path;
    private final Duration commitInterval;
    private final Object[] stripes = new Object[STRIPES];
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Whether the index was written since the searcher was last refreshed. */
    private final AtomicBoolean changed = new AtomicBoolean();
    private boolean rebuilding;
    private @Nullable ScheduledExecutorService committer;
    private boolean running;

    StoryIndex(MongoDatabase database,
            @Value("${chorus.search.directory}") Path path,
            @Value("${chorus.search.commit-interval}") Duration commitInterval) {
        this.stories = database.getCollection(StoryFields.COLLECTION);
        this.path = path;
        this.commitInterval = commitInterval;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
        IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), SearchQueries.MAX_CLAUSES));
        try {
            Files.createDirectories(path);
            this.directory = FSDirectory.open(path);
            IndexWriter opened = openExisting();
            this.rebuilding = opened == null;
            this.writer = opened != null ? opened : create();
            this.writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + path, e);
        }
    }

    /** The index as it was left, or null when there is none, it cannot be read or it was made to another schema. */
    private @Nullable IndexWriter openExisting() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            log.info("no search index at {}: building it from the stories", path);
            return null;
        }
        IndexWriter opened = null;
        try {
            opened = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
            String schema = schemaOf(opened);
            // opening a reader reads every segment's header and footer: a damaged file shows here
            DirectoryReader.open(opened).close();
            if (SCHEMA.equals(schema)) {
                return opened;
            }
            log.info("search index at {} has schema {}, this service writes {}: rebuilding it", path, schema, SCHEMA);
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            log.warn("search index at {} cannot be read ({}): rebuilding it from the stories", path, e.toString());
        }
        if (opened != null) {
            opened.rollback();
        }
        return null;
    }

    private IndexWriter create() throws IOException {
        for (String file : directory.listAll()) {
            if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                directory.deleteFile(file);
            }
        }
        return new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
    }

    private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        // kept in feed order, a page of newest matches stops collecting once it has enough
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setForceMergeDeletesPctAllowed(0);
        return new IndexWriterConfig(languages.byField()).setOpenMode(mode).setCommitOnClose(true)
                .setIndexSort(NEWEST_FIRST).setMergePolicy(merges);
    }

    private static @Nullable String schemaOf(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (SCHEMA_KEY.equals(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    /**
     * Replaces or deletes the story's index document to match the store. The next search sees the change: it
     * refreshes the searcher first when anything was written since the last refresh, so a burst of events (a replay)
     * costs one refresh per search rather than one per event.
     */
    @Override
    public void settled(String storyId, @Nullable Document story) {
        try {
            boolean erased = bringInLine(storyId, story);
            changed.set(true);
            if (erased) {
                purge();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the story's index document match the store; the store is read under the story's lock, so whoever writes
     * last has read the latest document.
     *
     * @return whether the story is erased, so its deleted words must be purged from the files too
     */
    boolean bringInLine(String storyId) throws IOException {
        synchronized (stripes[Math.floorMod(storyId.hashCode(), STRIPES)]) {
            return bringInLine(storyId, stories.find(eq(StoryFields.ID, storyId)).projection(INDEXED_FIELDS).first());
        }
    }

    // the projection hands over the document it read after applying the story's event: nothing newer can exist
    // until its observers are done, since one consumer applies a story's events in order
    private boolean bringInLine(String storyId, @Nullable Document story) throws IOException {
        synchronized (stripes[Math.floorMod(storyId.hashCode(), STRIPES)]) {
            if (story != null && VisibleStory.is(story)) {
                put(story);
                return false;
            }
            writer.deleteDocuments(new Term(IndexedStory.ID, storyId));
            return story == null || story.getBoolean(StoryFields.ERASED, false);
        }
    }

    /**
     * A deleted document's words stay in its segment's files until the segment is merged. After an erasure every
     * segment holding deletions is rewritten and the old files removed, so the withdrawn words leave the disk too.
     * Rewriting costs time in proportion to the index, but withdrawals are rare.
     */
    private void purge() throws IOException {
        // deletes still buffered are not seen by the merge selection: commit them first
        writer.commit();
        writer.forceMergeDeletes(true);
        writer.commit();
        searchers.maybeRefreshBlocking();
        writer.deleteUnusedFiles();
    }

    @Override
    public Found find(StoryFilter filter, int limit, @Nullable FeedCursor after) {
        return withSearcher(searcher -> {
            Query query = SearchQueries.of(filter, languages);
            int maxDoc = searcher.getIndexReader().maxDoc();
            if (maxDoc == 0) {
                return new Found(List.of(), null);
            }
            // the doc number only breaks ties of equal sort values, which only the cursor's own story has: skip it
            FieldDoc from = after == null ? null : new FieldDoc(maxDoc - 1, Float.NaN,
                    new Object[] {after.approvedAt().toEpochMilli(), new BytesRef(after.id())});
            // nobody reads the total: with the index kept in feed order, each segment stops at a page's worth of
            // hits instead of counting (and comparing) the first thousand matches as Lucene's default does
            TopDocs top = searcher.search(query,
                    new TopFieldCollectorManager(NEWEST_FIRST, limit + 1, from, limit + 1));
            List<String> ids = new ArrayList<>();
            FeedCursor last = null;
            for (int i = 0; i < Math.min(limit, top.scoreDocs.length); i++) {
                last = position(top.scoreDocs[i]);
                ids.add(last.id());
            }
            return new Found(ids, top.scoreDocs.length > limit ? last : null);
        });
    }

    @Override
    public List<String> matchingIds(StoryFilter filter) {
        return withSearcher(searcher -> searcher.search(SearchQueries.of(filter, languages),
                new CollectorManager<IdCollector, List<String>>() {
                    @Override
                    public IdCollector newCollector() {
                        return new IdCollector();
                    }

                    @Override
                    public List<String> reduce(Collection<IdCollector> collectors) {
                        return collectors.stream().flatMap(collector -> collector.ids.stream()).toList();
                    }
                }));
    }

    @Override
    public boolean inLine(String storyId, boolean visible, long version) {
        long held = withSearcher(searcher -> {
            TopDocs found = searcher.search(new TermQuery(new Term(IndexedStory.ID, storyId)), 1);
            if (found.scoreDocs.length == 0) {
                return ABSENT;
            }
            int doc = found.scoreDocs[0].doc;
            LeafReaderContext leaf = searcher.getIndexReader().leaves()
                    .get(ReaderUtil.subIndex(doc, searcher.getIndexReader().leaves()));
            NumericDocValues sequences = DocValues.getNumeric(leaf.reader(), IndexedStory.SEQUENCE);
            return sequences.advanceExact(doc - leaf.docBase) ? sequences.longValue() : ABSENT;
        });
        return visible ? held >= version : held == ABSENT;
    }

    /**
     * Indexes the one story in memory as it would be on disk and runs the feed's query against it, so a story the
     * stream has in hand matches words exactly as the feed finds them.
     */
    @Override
    public Predicate<StoryFilter> matcher(Document story) {
        MemoryIndex one = MemoryIndex.fromDocument(IndexedStory.of(story, languages), languages.byField());
        return filter -> one.search(SearchQueries.of(filter, languages)) > 0;
    }

    @Override
    public Optional<StoryView.Snippet> snippet(List<String> words, StoryView story) {
        return snippets.of(words, story);
    }

    /**
     * Brings the index in line with the store: compares each story's version and visibility with what is indexed,
     * re-indexes or deletes the differences, and deletes what the store no longer has.
     *
     * @return how many stories were re-indexed or deleted
     */
    public synchronized long reconcile() {
        try {
            long repaired = new Reconciliation(stories, this, rebuilding).run(withSearcher(IndexedVersions::of));
            rebuilding = false;
            // what was deleted may include stories erased while the index was not fed
            purge();
            return repaired;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes a visible story's document as read, replacing what the index held for it. */
    void put(Document story) throws IOException {
        writer.updateDocument(new Term(IndexedStory.ID, story.getString(StoryFields.ID)),
                IndexedStory.of(story, languages));
    }

    void delete(String storyId) throws IOException {
        writer.deleteDocuments(new Term(IndexedStory.ID, storyId));
    }

    private static FeedCursor position(ScoreDoc hit) {
        Object[] values = ((FieldDoc) hit).fields;
        return new FeedCursor(Instant.ofEpochMilli((Long) values[0]), ((BytesRef) values[1]).utf8ToString());
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            if (changed.getAndSet(false)) {
                searchers.maybeRefreshBlocking();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.on(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit() {
        try {
            if (writer.isOpen() && writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            // the index is derived: what a crash loses here, reconciliation at the next start puts back
            log.warn("search index commit failed", e);
        }
    }

    @Override
    public synchronized void start() {
        reconcile();
        committer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "search-index-commit");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(this::commit, commitInterval.toMillis(), commitInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public synchronized void stop() {
        running = false;
        Objects.requireNonNull(committer).shutdownNow();
        commit();
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    /** In line with the store before the consumers start feeding it, and still open until they have stopped. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }

    @Override
    public synchronized void close() throws IOException {
        if (committer != null) {
            committer.shutdownNow();
        }
        searchers.close();
        writer.close();
        directory.close();
        languages.close();
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T on(IndexSearcher searcher) throws IOException;
    }
}
