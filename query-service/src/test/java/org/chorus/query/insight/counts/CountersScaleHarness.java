package org.chorus.query.insight.counts;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.chorus.query.testsupport.MongoWire;
import org.junit.jupiter.api.Test;

/**
 * Measures, does not gate: how the cost of one story's counter adds grows with the number of counters. Creates
 * {@code chorus.harness.counters} theme counters (default 20,000; years of months times places times themes), one add
 * each, then times {@code chorus.harness.adds} story-shaped adds (default 2,000: three theme counters and one total
 * each, a new operation every time) on counters picked at random, and prints adds/s at each size. It asserts only
 * that the counts are right. Not part of the suite (its name ends in Harness); run it on its own:
 * {@code mvn -B -q -o -pl query-service -am verify -Dtest=CountersScaleHarness
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CountersScaleHarness {
    private static final int COUNTERS = Integer.getInteger("chorus.harness.counters", 20_000);
    private static final int ADDS = Integer.getInteger("chorus.harness.adds", 2_000);
    private static final String TOTAL = CounterKeys.total(CounterKeys.STATUS, "APPROVED");

    @Test
    void addsPerSecondAsTheCountersGrow() {
        try (MongoClient client = MongoClients.create(MongoWire.uri())) {
            MongoDatabase database = client.getDatabase("scale-" + UUID.randomUUID());
            new CounterIndexes(database).declare();
            Counters counters = new Counters(database);
            Random random = new Random(7);
            int created = 0;
            for (int size : new int[] {COUNTERS / 20, COUNTERS / 4, COUNTERS}) {
                for (; created < size; created++) {
                    counters.add(bucket(created), 1, "seed" + created + ":1");
                }
                long started = System.nanoTime();
                for (int i = 0; i < ADDS; i++) {
                    int first = random.nextInt(size - 2);
                    counters.addAll(Map.of(bucket(first), 1, bucket(first + 1), 1, bucket(first + 2), 1, TOTAL, 1),
                            "story" + size + "-" + i + ":1");
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("HARNESS counters=%d adds=%d %.1f s (%.0f story adds/s)%n", size, ADDS, seconds,
                        ADDS / seconds);
            }
            long total = database.getCollection(CounterFields.STORY_TOTALS).find().first().getInteger(CounterFields.N);
            assertThat(total).isEqualTo(3L * ADDS);
            assertThat(database.getCollection(CounterFields.THEME_COUNTS).countDocuments()).isEqualTo(COUNTERS);
        }
    }

    // distinct themes, places and months, as a long-running ICB's buckets would be
    private static String bucket(int i) {
        return CounterKeys.bucket(CounterKeys.ALL, CounterKeys.ANY, "THEME" + (i % 40), "PLACE" + (i / 40 % 25),
                String.format("%04d-%02d", 2000 + i / 1000, i / 40 / 25 % 12 + 1), "NEUTRAL");
    }
}
