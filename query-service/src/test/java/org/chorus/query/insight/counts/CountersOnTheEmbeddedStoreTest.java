package org.chorus.query.insight.counts;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.types.Binary;
import org.chorus.query.testsupport.MongoWire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The operators the counters rely on ($in on _id, $push with $each/$slice, $inc, conditional bulk writes, and $ne on an
 * array for counters written before their write count) really work, alone and with adds racing.
 */
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

        assertThat(bucket()).containsEntry("n", 1).containsEntry("ops", Counters.packed(ops("s1:1")))
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
        assertThat(Counters.operations(bucket())).isEqualTo(ops("s1:1", "s2:1", "s1:2"));
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
        assertThat(Counters.operations(bucket())).isEqualTo(ops("s1:1", "s2:1"));
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

        List<Long> ops = Counters.operations(bucket());
        assertThat(bucket().getInteger("n")).isEqualTo(many);
        assertThat(ops).hasSize(Counters.RECENT_OPERATIONS).startsWith(Counters.compact("s20:1"))
                .endsWith(Counters.compact("s" + (many - 1) + ":1"));
    }

    @Test
    void aCounterWrittenBeforeItsWriteCountStillCountsEachOperationOnceAndGainsTheCount() {
        database.getCollection(CounterFields.THEME_COUNTS).insertOne(new Document("_id", BUCKET).append("n", 1)
                .append("ops", List.of("s1:1")).append("family", "A").append("key", "*").append("theme", "ACCESS")
                .append("place", "LEWISHAM").append("month", "2026-06").append("feeling", "NEGATIVE"));

        counters.add(BUCKET, 1, "s1:1");
        counters.add(BUCKET, 1, "s2:1");
        counters.add(BUCKET, 1, "s2:1");
        counters.add(BUCKET, 1, "s3:1");

        assertThat(bucket().getInteger("n")).isEqualTo(3);
        // the first write keeps the old array and appends to it; the next packs what it read with its own
        assertThat(Counters.operations(bucket())).isEqualTo(ops("s1:1", "s2:1", "s3:1"));
        assertThat(bucket().get("ops")).isInstanceOf(Binary.class);
        assertThat(((Number) bucket().get("v")).longValue()).isEqualTo(2);
    }

    @Test
    void theSameOperationsAddedByRacingWritersEachCountOnce() throws Exception {
        // a consumer that lost its partitions but has not noticed yet repeats the adds of the one that took them over
        int operations = 150;
        int writers = 3;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                runs.add(pool.submit(() -> IntStream.range(0, operations)
                        .forEach(i -> counters.addAll(Map.of(BUCKET, 1, TOTAL, 1), "s" + i + ":1"))));
            }
            for (Future<?> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(bucket().getInteger("n")).isEqualTo(operations);
        assertThat(Counters.operations(bucket())).hasSize(operations).doesNotHaveDuplicates();
        assertThat(((Number) bucket().get("v")).longValue()).isEqualTo(operations);
        Document total = database.getCollection(CounterFields.STORY_TOTALS).find().first();
        assertThat(total.getInteger("n")).isEqualTo(operations);
    }

    private static List<Long> ops(String... operationIds) {
        return Arrays.stream(operationIds).map(Counters::compact).toList();
    }

    private Document bucket() {
        return database.getCollection(CounterFields.THEME_COUNTS).find(new Document("_id", BUCKET)).first();
    }
}
