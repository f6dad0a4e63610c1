package org.chorus.query.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.crypto.AesGcm;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.event.Topics;
import org.chorus.kernel.sharing.InsightStream;
import org.chorus.kernel.sharing.SharedStory;
import org.chorus.kernel.story.StoryContent;
import org.chorus.kernel.story.StoryEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.testsupport.EventRecord;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.KeyServer;
import org.chorus.query.testsupport.ReadSideEndToEnd;
import org.chorus.query.testsupport.ReadSideEngines;
import org.chorus.query.testsupport.SignedIn;
import org.chorus.query.testsupport.Stories;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A story's life as a subscriber of the curated stream sees it: nothing before approval, the sealed redacted story
 * without storyteller fields once approved (its words opened with the key query-service answers), a tombstone when
 * consent is taken back or the story withdrawn, and no key any more after that.
 */
@ReadSideEndToEnd(topics = Topics.STORY_EVENTS)
class CuratedStreamEndToEndTest {
    static final KeyRing KEYS = new KeyRing();
    @AutoClose
    static final KeyServer KEY_SERVER = new KeyServer(KEYS, ReadSideEngines.INTERNAL_PASSWORD);

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        ReadSideEngines.register(registry, "curated-stream", KEY_SERVER::url);
    }

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;

    private final StoryId id = StoryId.random();
    private long sequence;

    @Test
    void subscriberSeesOnlyTheSharedStoryItsKeyAndTombstonesWhenItMayNoLongerBeHeld() throws Exception {
        SignedIn http = new SignedIn(port);
        String published = "published-" + id;
        try (KafkaProducer<String, String> producer = producer(); KafkaConsumer<String, String> subscriber = subscriber()) {
            publish(producer, Stories.submitted(id));
            publish(producer, Stories.approved(id, KEYS.seal(published, "Waiting for a midwife", "Nine hours.")));
            publish(producer, Stories.coded(id, List.of("ACCESS", "MATERNITY"), List.of()));
            List<ConsumerRecord<String, String>> seen = readUntilVersion(subscriber, 2);

            assertThat(seen).extracting(record -> header(record, InsightStream.STORY_VERSION)).containsExactly("1", "2");
            ConsumerRecord<String, String> coded = seen.get(1);
            assertThat(coded.key()).isEqualTo(id.toString());
            assertThat(header(coded, InsightStream.MESSAGE_TYPE)).isEqualTo(InsightStream.SHARED);
            assertThat(header(coded, InsightStream.REVISION)).isEqualTo(InsightStream.SHARED_REVISION);
            assertThat(coded.value()).doesNotContain("storyteller", "Ada", "unredacted", "midwife", "reference",
                    "champion");
            SharedStory story = KernelJson.mapper().readValue(coded.value(), SharedStory.class);
            assertThat(story.storyId()).isEqualTo(id);
            assertThat(story.version()).isEqualTo(2);
            assertThat(story.themes()).containsExactly(new ThemeCode("ACCESS"), new ThemeCode("MATERNITY"));
            assertThat(story.place().value()).isEqualTo("LEWISHAM");
            assertThat(story.quotable()).isTrue();
            assertThat(story.content().keyId()).isEqualTo(published);

            var key = http.get("/api/v1/insights/stories/" + id + "/key", "analyst");
            assertThat(key.statusCode()).isEqualTo(200);
            assertThat(key.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            byte[] bytes = Base64.getDecoder().decode(JsonPath.<String>read(key.body(), "$.key"));
            StoryContent words = KernelJson.mapper().readValue(AesGcm.open(story.content(), bytes), StoryContent.class);
            assertThat(words.title()).isEqualTo("Waiting for a midwife");
            assertThat(http.get("/api/v1/insights/stories/" + id + "/key", "lead").statusCode()).isEqualTo(403);
            assertThat(http.get("/api/v1/insights/stories/" + UUID.randomUUID() + "/key", "analyst").statusCode())
                    .isEqualTo(404);

            publish(producer, Stories.consent(id, false));
            ConsumerRecord<String, String> hidden = readUntilVersion(subscriber, 3).get(0);
            assertThat(hidden.value()).isNull();
            assertThat(header(hidden, InsightStream.MESSAGE_TYPE)).isEqualTo(InsightStream.REMOVED);
            assertThat(http.get("/api/v1/insights/stories/" + id + "/key", "analyst").statusCode()).isEqualTo(404);

            publish(producer, Stories.consent(id, true));
            assertThat(readUntilVersion(subscriber, 4).get(0).value()).contains("\"version\":4");

            KEYS.destroy(published);
            publish(producer, Stories.withdrawn(id));
            ConsumerRecord<String, String> withdrawn = readUntilVersion(subscriber, 5).get(0);
            assertThat(withdrawn.value()).isNull();
            assertThat(header(withdrawn, InsightStream.MESSAGE_TYPE)).isEqualTo(InsightStream.REMOVED);
            assertThat(http.get("/api/v1/insights/stories/" + id + "/key", "analyst").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void theCuratedTopicIsCompactedSoANewSubscriberReadsTheLatestOfEachStory() throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, InsightStream.TOPIC);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            Config config = admin.describeConfigs(Set.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(config.get("max.compaction.lag.ms").value()).isEqualTo(Long.toString(Duration.ofHours(1).toMillis()));
        }
    }

    private List<ConsumerRecord<String, String>> readUntilVersion(KafkaConsumer<String, String> subscriber,
            long version) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            subscriber.poll(Duration.ofMillis(200)).forEach(record -> {
                if (id.toString().equals(record.key())) {
                    seen.add(record);
                }
            });
            return seen.stream().anyMatch(record -> Long.toString(version).equals(header(record,
                    InsightStream.STORY_VERSION)));
        });
        return seen;
    }

    private static @Nullable String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void publish(KafkaProducer<String, String> producer, StoryEvent event) throws Exception {
        producer.send(EventRecord.of(Topics.STORY_EVENTS, "Story", id.toString(), event, sequence++, Instant.now())).get();
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    private KafkaConsumer<String, String> subscriber() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "data-platform-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(InsightStream.TOPIC));
        return consumer;
    }
}
