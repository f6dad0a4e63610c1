package org.chorus.query.insight.counts;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import org.chorus.query.testsupport.MongoWire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The operators the counters rely on ($ne on an array, $push with $each/$slice, upsert, $setOnInsert) really work. */
class CountersOnTheEmbeddedStoreTest {
    private static final String BUCKET = CounterKeys.bucket(CounterKeys.ALL, CounterKeys.ANY, "ACCESS", "LEWISHAM",
            "2026-06", "NEGATIVE");
    private static final String TOTAL = CounterKeys.total(CounterKeys.STATUS, "APPROVED");

    private final MongoClient client = MongoClients.create(MongoWire.uri());
    private final MongoDatabase database = client.getDatabase("counters-" + UUID.randomUUID());
    private final Counters counters = new Counters(database);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void firstAddCreatesTheCounterWithItsFields() {
        counters.add(BUCKET, 1, "s1:1");

        assertThat(bucket()).containsEntry("n", 1).containsEntry("ops", List.of("s1:1"))
                .containsEntry("family", "A").containsEntry("key", "*").containsEntry("theme", "ACCESS")
                .containsEntry("place", "LEWISHAM").containsEntry("month", "2026-06")
                .containsEntry("feeling", "NEGATIVE");
    }

    @Test
    void anOperationCountsOnceHoweverOftenItIsRepeated() {
        counters.add(BUCKET, 1, "s1:1");
        counters.add(BUCKET, 1, "s1:1");
        counters.add(BUCKET, 1, "s2:1");
        counters.add(BUCKET, -1, "s1:2");
        counters.add(BUCKET, -1, "s1:2");
        counters.add(TOTAL, 1, "s1:1");
        counters.add(TOTAL, 1, "s1:1");

        assertThat(bucket().getInteger("n")).isEqualTo(1);
        assertThat(bucket().getList("ops", String.class)).containsExactly("s1:1", "s2:1", "s1:2");
        Document total = database.getCollection(CounterFields.STORY_TOTALS).find().first();
        assertThat(total).containsEntry("_id", TOTAL).containsEntry("n", 1).containsEntry("dimension", "status")
                .containsEntry("value", "APPROVED");
    }

    @Test
    void aBulkOfAddsCountsEachOnceWhenRepeatedWholeOrAfterPartOfItWentThrough() {
        String otherBucket = CounterKeys.bucket(CounterKeys.ALL, CounterKeys.ANY, "TRUST", "LEWISHAM", "2026-06",
                "POSITIVE");
        Map<String, Integer> story = Map.of(BUCKET, 1, TOTAL, 1, otherBucket, 1);
        counters.add(BUCKET, 1, "s1:1");

        counters.addAll(story, "s1:1");
        counters.addAll(story, "s1:1");
        counters.addAll(Map.of(BUCKET, 1, TOTAL, 1), "s2:1");

        assertThat(bucket().getInteger("n")).isEqualTo(2);
        assertThat(bucket().getList("ops", String.class)).containsExactly("s1:1", "s2:1");
        Document other = database.getCollection(CounterFields.THEME_COUNTS).find(new Document("_id", otherBucket))
                .first();
        assertThat(other).containsEntry("n", 1).containsEntry("theme", "TRUST").containsEntry("feeling", "POSITIVE");
        Document total = database.getCollection(CounterFields.STORY_TOTALS).find().first();
        assertThat(total).containsEntry("_id", TOTAL).containsEntry("n", 2).containsEntry("dimension", "status");
    }

    @Test
    void aCounterRemembersOnlyItsRecentOperations() {
        int many = Counters.RECENT_OPERATIONS + 20;
        IntStream.range(0, many).forEach(i -> counters.add(BUCKET, 1, "s" + i + ":1"));
        counters.add(BUCKET, 1, "s" + (many - 1) + ":1");

        List<String> ops = bucket().getList("ops", String.class);
        assertThat(bucket().getInteger("n")).isEqualTo(many);
        assertThat(ops).hasSize(Counters.RECENT_OPERATIONS).startsWith("s20:1").endsWith("s" + (many - 1) + ":1");
    }

    private Document bucket() {
        return database.getCollection(CounterFields.THEME_COUNTS).find(new Document("_id", BUCKET)).first();
    }
}
