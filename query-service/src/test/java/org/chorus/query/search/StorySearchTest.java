package org.chorus.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.bson.Document;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.insight.FeedCursor;
import org.chorus.query.insight.FeedPage;
import org.chorus.query.insight.InsightReader;
import org.chorus.query.insight.StoryFilter;
import org.chorus.query.insight.StoryView;
import org.chorus.query.story.StoryFields;
import org.chorus.query.story.StoryFollower;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.Stories;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed's word search, filters and paging over stories projected from their events, as analysts read them. */
class StorySearchTest {
    private static final Instant SUBMITTED = Instant.parse("2026-05-01T08:00:00Z");

    @TempDir
    Path directory;

    private final MongoClient client = MongoClients.create(MongoWire.uri());
    private final MongoDatabase database = client.getDatabase("search-" + UUID.randomUUID());
    private final KeyRing keys = new KeyRing();
    private final Map<StoryId, Instant> approvals = new HashMap<>();
    private StoryIndex index;
    private StoryProjection projection;
    private InsightReader reader;

    @BeforeEach
    void open() {
        index = started();
    }

    @AfterEach
    void close() throws IOException {
        index.stop();
        index.close();
        client.close();
    }

    @Test
    void everyWordMustMatchInTheTitleOrTheNarrativeAsItsEnglishStem() {
        StoryId midwife = story("en", "Waiting for a midwife", "We waited nine hours at the clinic.", "2026-06-01");
        StoryId nurse = story("en", "A kind nurse", "The nurse was kind while we waited.", "2026-06-02");
        story("en", "Parking", "There was nowhere to park.", "2026-06-03");

        assertThat(ids(words("waiting"))).containsExactly(nurse, midwife);
        assertThat(ids(words("WAITS", "midwife"))).containsExactly(midwife);
        assertThat(ids(words("nurse", "clinic"))).isEmpty();
        assertThat(ids(words("kind", "waited", "nurse"))).containsExactly(nurse);
        // stop words ask nothing; punctuation is not query syntax
        assertThat(ids(words("the", "(clinic)"))).containsExactly(midwife);
    }

    @Test
    void eachLanguageIsSearchedWithItsOwnInflections() {
        StoryId polish = story("pl", "Długie czekanie na lekarza", "Czekałam na lekarza w szpitalu sześć godzin.",
                "2026-06-01");
        StoryId portuguese = story("pt-BR", "Consultas canceladas", "Os médicos dos hospitais não responderam.",
                "2026-06-02");
        StoryId bengali = story("bn", "হাসপাতালে অপেক্ষা", "আমি ডাক্তার দেখানোর জন্য অনেক অপেক্ষা করেছি।", "2026-06-03");
        StoryId english = story("en", "Doctors", "The hospital doctors were late.", "2026-06-04");

        assertThat(ids(words("lekarzem"))).containsExactly(polish);
        assertThat(ids(words("szpital", "czekanie"))).containsExactly(polish);
        assertThat(ids(words("consulta", "médica", "hospital"))).containsExactly(portuguese);
        assertThat(ids(words("hospital"))).containsExactly(english, portuguese);
        assertThat(ids(words("অপেক্ষা"))).containsExactly(bengali);
        assertThat(ids(words("ডাক্তার", "হাসপাতালে"))).containsExactly(bengali);
    }

    @Test
    void aQueryAsLongAsTheApiAllowsIsAnsweredEvenInIdeographs() {
        StoryId chinese = story("zh-Hant", "排隊", "我們在醫院排隊等了九個小時", "2026-06-01");
        StringBuilder longest = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            longest.appendCodePoint(0x4E00 + i);
        }

        assertThat(ids(words("醫院", "排隊"))).containsExactly(chinese);
        assertThat(ids(words(longest.toString()))).isEmpty();
    }

    @Test
    void snippetsMarkTheMatchedWordsInPlainText() {
        String narrative = "It started well. ".repeat(20) + "Then we waited nine hours for the midwife to come. "
                + "Nobody told us anything. ".repeat(20);
        story("en", "Night shift", narrative, "2026-06-01");
        story("bn", "হাসপাতালে অপেক্ষা", "আমি ডাক্তার দেখানোর জন্য অনেক অপেক্ষা করেছি।", "2026-06-02");

        StoryView english = reader.feed(words("waiting", "midwife"), 10, null).items().get(0);
        StoryView.Snippet snippet = english.snippet();
        assertThat(snippet).isNotNull();
        assertThat(snippet.text()).contains("Then we waited nine hours for the midwife to come.").startsWith("…");
        assertThat(snippet.text().length()).isLessThan(260);
        assertThat(marked(snippet)).containsExactly("waited", "midwife");

        StoryView bengali = reader.feed(words("অপেক্ষা"), 10, null).items().get(0);
        assertThat(marked(bengali.snippet())).containsExactly("অপেক্ষা");
        assertThat(reader.feed(StoryFilter.none(), 10, null).items()).allSatisfy(
                story -> assertThat(story.snippet()).isNull());
    }

    @Test
    void wordsFoundOnlyInTheTitleAreMarkedThere() {
        story("en", "Waiting for a midwife", "Nine hours.", "2026-06-01");

        StoryView.Snippet snippet = reader.feed(words("midwife"), 10, null).items().get(0).snippet();

        assertThat(snippet.text()).isEqualTo("Waiting for a midwife");
        assertThat(marked(snippet)).containsExactly("midwife");
    }

    @Test
    void filtersCombineWithWords() {
        StoryId lewisham = story("en", "Waiting at the GP", "We waited.", "2026-06-30T22:30:00Z", "LEWISHAM");
        StoryId bromley = story("en", "Waiting at the GP", "We waited.", "2026-06-30T23:30:00Z", "BROMLEY");
        StoryId coded = story("en", "Waiting again", "We waited.", "2026-06-15T09:00:00Z", "BROMLEY");
        projection.apply(Stories.coded(coded, List.of("ACCESS"), List.of()), 2, Instant.now());

        assertThat(ids(filter("waiting", "BROMLEY", null, null, null, false))).containsExactly(bromley, coded);
        assertThat(ids(filter("gp", "BROMLEY", null, null, null, false))).containsExactly(bromley);
        assertThat(ids(filter("waiting", null, "ACCESS", null, null, false))).containsExactly(coded);
        assertThat(ids(filter("waiting", null, null, null, null, true))).containsExactly(bromley, lewisham);
        // 23:30Z on 30 June is 1 July in London
        assertThat(ids(filter("gp", null, null, LocalDate.parse("2026-07-01"), null, false))).containsExactly(bromley);
        assertThat(ids(filter("waiting", null, null, null, LocalDate.parse("2026-06-30"), false)))
                .containsExactly(lewisham, coded);
        assertThat(index.matchingIds(filter("gp", null, null, null, null, false)))
                .containsExactlyInAnyOrder(lewisham.toString(), bromley.toString());
    }

    @Test
    void cursorPagesGoThroughEveryMatchOnceNewestFirstWithTiesById() {
        List<StoryId> matching = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            // pairs approved at the same instant: the id breaks the tie
            matching.add(story("en", "Waiting " + i, "We waited.", "2026-06-" + (10 + i / 2) + "T09:00:00Z"));
            story("en", "Parking " + i, "Nowhere to park.", "2026-06-" + (10 + i / 2) + "T09:00:00Z");
        }
        List<String> expected = matching.stream()
                .sorted(Comparator.comparing((StoryId id) -> approvals.get(id)).thenComparing(StoryId::toString)
                        .reversed())
                .map(StoryId::toString).toList();

        List<String> seen = new ArrayList<>();
        FeedCursor cursor = null;
        int pages = 0;
        do {
            FeedPage page = reader.feed(words("waits"), 4, cursor);
            page.items().forEach(story -> seen.add(story.id()));
            cursor = page.nextCursor() == null ? null : FeedCursor.decode(page.nextCursor());
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void withdrawnStoriesAndWithdrawnConsentLeaveTheResults() {
        StoryId withdrawn = story("en", "Waiting", "We waited.", "2026-06-01");
        StoryId optedOut = story("en", "Waiting", "We waited.", "2026-06-02");
        StoryId kept = story("en", "Waiting", "We waited.", "2026-06-03");
        assertThat(ids(words("waiting"))).containsExactly(kept, optedOut, withdrawn);

        projection.apply(Stories.withdrawn(withdrawn), 2, Instant.now());
        projection.apply(Stories.consent(optedOut, false), 2, Instant.now());

        assertThat(ids(words("waiting"))).containsExactly(kept);
        assertThat(ids(StoryFilter.none())).containsExactly(kept);
        assertThat(index.matchingIds(StoryFilter.none())).containsExactly(kept.toString());
    }

    @Test
    void aWithdrawnStorysWordsLeaveTheIndexFilesNotOnlyTheResults() throws IOException {
        // ends in a digit, so the English stemmer leaves the indexed term as written (a random "...e" would lose its e)
        String canary = "canary" + UUID.randomUUID().toString().replace("-", "") + "0";
        StoryId withdrawn = story("en", "Waiting", "We waited at the " + canary + " clinic.", "2026-06-01");
        story("en", "Waiting", "We waited.", "2026-06-02");
        index.stop();
        assertThat(indexedDocuments(canary)).as("documents holding the word on disk").isEqualTo(1);

        projection.apply(Stories.withdrawn(withdrawn), 2, Instant.now());

        // counted on the files as committed, deleted documents included
        assertThat(indexedDocuments(canary)).isZero();
        assertThat(ids(words("waiting"))).hasSize(1);
        index.start();
    }

    private long indexedDocuments(String word) throws IOException {
        try (Directory files = FSDirectory.open(directory); DirectoryReader committed = DirectoryReader.open(files)) {
            return committed.docFreq(new Term(SearchLanguages.textField("en"), word));
        }
    }

    @Test
    void aVersionIsReachedOnlyOnceTheFeedReflectsIt() {
        StoryId id = StoryId.random();
        StoryProjection storeOnly = new StoryProjection(database, keys, StoryFollower.NONE, List::of, List.of());
        storeOnly.apply(Stories.submittedIn(id, "en", "LEWISHAM"), 0, SUBMITTED);
        storeOnly.apply(Stories.approved(id, keys.seal("key-" + id, "Waiting", "We waited.")), 1,
                Instant.parse("2026-06-01T09:00:00Z"));

        assertThat(reader.story(id.toString()).behind(1)).as("in the store, not yet in the feed").isTrue();
        index.settled(id.toString(), storyDocument(id));
        assertThat(reader.story(id.toString()).behind(1)).isFalse();
        assertThat(ids(words("waiting"))).containsExactly(id);

        storeOnly.apply(Stories.withdrawn(id), 2, Instant.now());
        assertThat(reader.story(id.toString()).behind(2)).as("erased in the store, still in the feed").isTrue();
        index.settled(id.toString(), storyDocument(id));
        assertThat(reader.story(id.toString()).behind(2)).isFalse();
        assertThat(ids(words("waiting"))).isEmpty();
    }

    @Test
    void startupBringsInLineAnIndexThatMissedUpdates() throws IOException {
        StoryId coded = story("en", "Waiting", "We waited.", "2026-06-01");
        StoryId withdrawn = story("en", "Waiting", "We waited.", "2026-06-02");
        index.stop();
        index.close();

        // the service stopped feeding the index (a crash between the store write and the index write)
        StoryProjection detached = new StoryProjection(database, keys, StoryFollower.NONE, List::of, List.of());
        detached.apply(Stories.coded(coded, List.of("ACCESS"), List.of()), 2, Instant.now());
        detached.apply(Stories.withdrawn(withdrawn), 2, Instant.now());
        StoryId missed = StoryId.random();
        detached.apply(Stories.submittedIn(missed, "en", "LEWISHAM"), 0, SUBMITTED);
        detached.apply(Stories.approved(missed, keys.seal("key-" + missed, "Waiting too", "We waited.")), 1,
                Instant.parse("2026-06-03T09:00:00Z"));

        index = started();

        assertThat(ids(words("waiting"))).containsExactly(missed, coded);
        assertThat(ids(new StoryFilter("ACCESS", null, null, null, null, null, null, List.of(), false)))
                .containsExactly(coded);
        assertThat(index.reconcile()).as("nothing left to repair").isZero();
    }

    @Test
    void aMissingOrDamagedIndexIsRebuiltFromTheStore() throws IOException {
        StoryId first = story("pl", "Czekanie", "Czekałam na lekarza.", "2026-06-01");
        StoryId second = story("en", "Waiting", "We waited.", "2026-06-02");
        index.stop();
        index.close();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                byte[] garbage = new byte[(int) Files.size(file)];
                Arrays.fill(garbage, (byte) 7);
                Files.write(file, garbage);
            }
        }

        index = started();
        assertThat(ids(StoryFilter.none())).containsExactly(second, first);
        assertThat(ids(words("lekarz"))).containsExactly(first);

        index.stop();
        index.close();
        deleteRecursively(directory);
        index = started();
        assertThat(ids(words("waiting"))).containsExactly(second);
    }

    private StoryIndex started() {
        StoryIndex opened = new StoryIndex(database, directory, Duration.ofMinutes(5));
        opened.start();
        projection = new StoryProjection(database, keys, StoryFollower.NONE, List::of, List.of(opened));
        reader = new InsightReader(database, opened);
        return opened;
    }

    private StoryId story(String language, String title, String narrative, String approvedOn) {
        String at = approvedOn.length() == 10 ? approvedOn + "T09:00:00Z" : approvedOn;
        return story(language, title, narrative, at, "LEWISHAM");
    }

    private StoryId story(String language, String title, String narrative, String approvedAt, String place) {
        StoryId id = StoryId.random();
        projection.apply(Stories.submittedIn(id, language, place), 0, SUBMITTED);
        projection.apply(Stories.approved(id, keys.seal("key-" + id, title, narrative)), 1, Instant.parse(approvedAt));
        approvals.put(id, Instant.parse(approvedAt));
        return id;
    }

    private List<StoryId> ids(StoryFilter filter) {
        return reader.feed(filter, 100, null).items().stream().map(story -> StoryId.of(story.id())).toList();
    }

    private static StoryFilter words(String... words) {
        return new StoryFilter(null, null, null, null, null, null, null, List.of(words), false);
    }

    private static StoryFilter filter(String word, @Nullable String place, @Nullable String theme,
            @Nullable LocalDate from, @Nullable LocalDate to, boolean uncoded) {
        return new StoryFilter(theme, place, null, null, null, from, to, List.of(word), uncoded);
    }

    private static List<String> marked(StoryView.@Nullable Snippet snippet) {
        assertThat(snippet).isNotNull();
        return snippet.highlights().stream().map(h -> snippet.text().substring(h.start(), h.end())).toList();
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    // the story's document as the projection hands it to its observers
    private Document storyDocument(StoryId id) {
        return database.getCollection(StoryFields.COLLECTION).find(new Document(StoryFields.ID, id.toString())).first();
    }
}
