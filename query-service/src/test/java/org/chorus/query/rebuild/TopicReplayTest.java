package org.chorus.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.chorus.kernel.event.EventHeaders;
import org.chorus.kernel.event.EventTypes;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.event.Topics;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.campaign.CampaignProjection;
import org.chorus.query.campaign.ChampionProjection;
import org.chorus.query.codebook.CodebookProjection;
import org.chorus.query.consumer.ConsumerPositions;
import org.chorus.query.consumer.RecordApplier;
import org.chorus.query.deadletter.RetryPolicy;
import org.chorus.query.keys.KeyPrefetch;
import org.chorus.query.session.ParticipantKeys;
import org.chorus.query.session.SessionProjection;
import org.chorus.query.mongo.BufferedDocuments;
import org.chorus.query.story.StoryDocuments;
import org.chorus.query.story.StoryFollower;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.Stories;
import org.chorus.query.testsupport.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * A rebuild records a record it cannot apply and holds its aggregate's later records back, as long as the live
 * consumer has it parked; once replayed live, the aggregate's own event at that sequence releases it here too.
 */
@TestKafka(partitions = 1, topics = Topics.STORY_EVENTS)
class TopicReplayTest {
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10));
    // the keys come from the key ring itself, one at a time
    private static final KeyPrefetch NO_PREFETCH = keyIds -> () -> { };
    private final KeyRing keys = new KeyRing();
    private final MongoClient client = MongoClients.create(MongoWire.uri());
    private final MongoDatabase database = client.getDatabase("replay-" + UUID.randomUUID());

    @AfterEach
    void close() {
        database.drop();
        client.close();
    }

    @Test
    void aRecordThatCannotBeAppliedIsReportedAndItsStoryGoesNoFurther(EmbeddedKafkaBroker broker) throws Exception {
        StoryId broken = StoryId.random();
        StoryId fine = StoryId.random();
        long poisonOffset;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new StringSerializer())) {
            send(producer, broken, EventTypes.nameOf(Stories.submitted(broken).getClass()),
                    KernelJson.mapper().writeValueAsString(Stories.submitted(broken)), 0);
            poisonOffset = send(producer, broken, "NoSuchStoryEvent", "{}", 1);
            // a record that would apply on its own, but comes after the gap
            send(producer, broken, EventTypes.nameOf(Stories.response(broken, "Thank you", null).getClass()),
                    KernelJson.mapper().writeValueAsString(Stories.response(broken, "Thank you", null)), 1);
            send(producer, fine, EventTypes.nameOf(Stories.submitted(fine).getClass()),
                    KernelJson.mapper().writeValueAsString(Stories.submitted(fine)), 0);
            var approved = Stories.approved(fine, keys.seal("published-" + fine, "Waiting", "Nine hours."));
            send(producer, fine, EventTypes.nameOf(approved.getClass()),
                    KernelJson.mapper().writeValueAsString(approved), 1);
        }
        AtomicLong applied = new AtomicLong();
        long end;
        BufferedDocuments buffered = StoryDocuments.buffered(database);
        RecordApplier applier = new RecordApplier(
                new StoryProjection(buffered, keys, StoryFollower.NONE, List::of, List.of()),
                new SessionProjection(database, new ParticipantKeys(keys, Duration.ofSeconds(5), Clock.systemUTC())),
                new CampaignProjection(database), new ChampionProjection(database), new CodebookProjection(database));

        try (TopicReplay replay = new TopicReplay(consumer(broker), applier, new ConsumerPositions(database), applied,
                parkedLive -> parkedLive.equals(broken.toString()), FAST, NO_PREFETCH, buffered)) {
            replay.assign(List.of(Topics.STORY_EVENTS));
            replay.runTo(replay.ends(), () -> { });

            assertThat(replay.failures()).singleElement().satisfies(failure -> {
                assertThat(failure.aggregateId()).isEqualTo(broken.toString());
                assertThat(failure.offset()).isEqualTo(poisonOffset);
                assertThat(failure.reason()).contains("NoSuchStoryEvent");
            });
            assertThat(replay.behind(replay.ends())).isZero();
            end = replay.ends().values().stream().mapToLong(Long::longValue).sum();
        }
        // the topic is the class's: the other test's records may be on it too
        assertThat(applied).hasValue(end);
        assertThat(stories(broken).getLong("lastSequence")).isZero();
        assertThat(stories(broken).getList("responses", Document.class)).isEmpty();
        assertThat(stories(fine).getString("title")).isEqualTo("Waiting");
        assertThat(database.getCollection("consumer_positions").find().first().get("offset", Number.class).longValue())
                .isEqualTo(end);
    }

    @Test
    void onceReplayedLiveTheAggregatesOwnEventAtTheFailedSequenceReleasesIt(EmbeddedKafkaBroker broker)
            throws Exception {
        StoryId replayed = StoryId.random();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new StringSerializer())) {
            send(producer, replayed, EventTypes.nameOf(Stories.submitted(replayed).getClass()),
                    KernelJson.mapper().writeValueAsString(Stories.submitted(replayed)), 0);
            send(producer, replayed, "NoSuchStoryEvent", "{}", 1);
            var second = Stories.response(replayed, "We changed the rota", null);
            send(producer, replayed, EventTypes.nameOf(second.getClass()),
                    KernelJson.mapper().writeValueAsString(second), 2);
            var first = Stories.response(replayed, "Thank you", null);
            send(producer, replayed, EventTypes.nameOf(first.getClass()),
                    KernelJson.mapper().writeValueAsString(first), 1);
        }
        BufferedDocuments buffered = StoryDocuments.buffered(database);
        RecordApplier applier = new RecordApplier(
                new StoryProjection(buffered, keys, StoryFollower.NONE, List::of, List.of()),
                new SessionProjection(database, new ParticipantKeys(keys, Duration.ofSeconds(5), Clock.systemUTC())),
                new CampaignProjection(database), new ChampionProjection(database), new CodebookProjection(database));

        try (TopicReplay replay = new TopicReplay(consumer(broker), applier, new ConsumerPositions(database),
                new AtomicLong(), parkedLive -> false, FAST, NO_PREFETCH, buffered)) {
            replay.assign(List.of(Topics.STORY_EVENTS));
            replay.runTo(replay.ends(), () -> { });
            assertThat(replay.failures()).isEmpty();
        }
        assertThat(stories(replayed).getLong("lastSequence")).isEqualTo(2);
        assertThat(stories(replayed).getList("responses", Document.class)).hasSize(2);
    }

    private Document stories(StoryId id) {
        return database.getCollection("stories").find(Filters.eq("_id", id.toString())).first();
    }

    private static long send(KafkaProducer<String, String> producer, StoryId id, String type, String value,
            long sequence) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.STORY_EVENTS, id.toString(), value);
        record.headers().add(EventHeaders.EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.SEQUENCE, Long.toString(sequence).getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.TIMESTAMP, Instant.parse("2026-11-22T10:00:00Z").toString()
                .getBytes(StandardCharsets.UTF_8));
        return producer.send(record).get().offset();
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafkaBroker broker) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
    }
}
