package org.chorus.query.deadletter;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.bson.Document;
import org.chorus.kernel.event.EventHeaders;
import org.chorus.kernel.event.Topics;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.KeyServer;
import org.chorus.query.testsupport.ReadSideEndToEnd;
import org.chorus.query.testsupport.ReadSideEngines;
import org.chorus.query.testsupport.Stories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Poison events produced to the real topics (an unknown type, bad JSON, a projection that throws) are parked on the
 * dead-letter topic with their story, which holds back only that story, and replayed in order after a fix.
 */
@ReadSideEndToEnd(topics = {Topics.STORY_EVENTS, Topics.CHAMPION_EVENTS},
        properties = {"chorus.dead-letter.attempts=2", "chorus.dead-letter.back-off=50ms"})
class ParkingEndToEndTest {
    static final String STORIES = Topics.STORY_EVENTS;
    static final KeyRing KEYS = new KeyRing();
    @AutoClose
    static final KeyServer KEY_SERVER = new KeyServer(KEYS, ReadSideEngines.INTERNAL_PASSWORD);

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        ReadSideEngines.register(registry, "parking", KEY_SERVER::url);
    }

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    MongoDatabase database;
    @Autowired
    MeterRegistry meters;

    private EventRecords records;
    private Actuator actuator;

    @BeforeEach
    void connect() {
        records = new EventRecords(broker.getBrokersAsString());
        actuator = new Actuator(port);
    }

    @AfterEach
    void disconnect() {
        records.close();
    }

    @Test
    void anUnknownEventTypeIsParkedWithItsReasonAndHoldsBackOnlyItsOwnStory() throws Exception {
        StoryId poisoned = StoryId.random();
        StoryId other = StoryId.random();
        published(poisoned);
        String value = "{\"storyId\":\"" + poisoned + "\"}";
        RecordMetadata poison = records.send(STORIES, poisoned.toString(), value,
                EventRecords.headers("StoryTeleportedEvent", "Story", 2));
        records.publish(STORIES, "Story", poisoned.toString(), Stories.coded(poisoned, List.of("ACCESS"), List.of()), 3);
        published(other);
        records.publish(STORIES, "Story", other.toString(), Stories.coded(other, List.of("ACCESS"), List.of()), 2);

        await().atMost(Duration.ofSeconds(60)).until(() -> List.of("ACCESS").equals(actuator.themes(other.toString())));
        Map<String, Object> parked = awaitParked(poisoned.toString(), 2);
        assertThat(parked).containsEntry("topic", STORIES).containsEntry("firstSequence", 2);
        assertThat((String) parked.get("reason")).contains("unknown StoryEvent type StoryTeleportedEvent");
        assertThat(Instant.parse((String) parked.get("since"))).isBefore(Instant.now());
        assertThat(actuator.themes(poisoned.toString())).as("nothing applied past the gap").isEmpty();

        List<ConsumerRecord<String, String>> letters = records.deadLetters(STORIES, poisoned.toString());
        assertThat(letters).hasSize(2);
        ConsumerRecord<String, String> letter = letters.get(0);
        assertThat(letter.value()).isEqualTo(value);
        assertThat(letter.partition()).isEqualTo(poison.partition());
        assertThat(EventRecords.header(letter, EventHeaders.EVENT_TYPE)).isEqualTo("StoryTeleportedEvent");
        assertThat(EventRecords.header(letter, EventHeaders.SEQUENCE)).isEqualTo("2");
        assertThat(EventRecords.header(letter, EventHeaders.AGGREGATE_TYPE)).isEqualTo("Story");
        assertThat(EventRecords.header(letter, "chorus-dlt-reason")).contains("unknown StoryEvent type");
        assertThat(EventRecords.header(letter, "chorus-dlt-exception")).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(EventRecords.header(letter, "chorus-dlt-topic")).isEqualTo(STORIES);
        assertThat(EventRecords.header(letter, "chorus-dlt-partition")).isEqualTo(Integer.toString(poison.partition()));
        assertThat(EventRecords.header(letter, "chorus-dlt-offset")).isEqualTo(Long.toString(poison.offset()));
        ConsumerRecord<String, String> behind = letters.get(1);
        assertThat(EventRecords.header(behind, EventHeaders.SEQUENCE)).isEqualTo("3");
        assertThat(EventRecords.header(behind, "chorus-dlt-reason")).isEqualTo("behind parked sequence 2");
        assertThat(EventRecords.header(behind, "chorus-dlt-exception")).isEqualTo("none");
        assertThat(EventRecords.header(behind, "chorus-dlt-offset")).isEqualTo(Long.toString(poison.offset() + 1));

        TopicDescription dlt = records.admin().describeTopics(List.of(STORIES + ".dlt")).allTopicNames().get()
                .get(STORIES + ".dlt");
        assertThat(dlt.partitions()).hasSize(2);
        ConfigResource dltConfig = new ConfigResource(ConfigResource.Type.TOPIC, STORIES + ".dlt");
        assertThat(records.admin().describeConfigs(List.of(dltConfig)).all().get().get(dltConfig)
                .get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");

        assertThat(actuator.get("/actuator/parked", "analyst").statusCode()).isEqualTo(403);
        HttpResponse<String> replay = actuator.replay(poisoned.toString());
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<Boolean>read(replay.body(), "$.stillParked")).isTrue();
        assertThat(JsonPath.<Integer>read(replay.body(), "$.replayed")).isZero();
        assertThat(JsonPath.<String>read(replay.body(), "$.reason")).contains("unknown StoryEvent type");
        assertThat(actuator.parked(poisoned.toString())).containsEntry("parkedEvents", 2);
        assertThat(actuator.themes(poisoned.toString())).isEmpty();
        assertThat(meters.get("chorus.projection.errors").tag("topic", STORIES).counter().count()).isGreaterThanOrEqualTo(3);
        assertThat(meters.get("chorus.parked.aggregates").gauge().value()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void badJsonIsParkedUntilACorrectCopyIsRepublishedThenTheReplayAppliesItsEventsInOrder() throws Exception {
        StoryId story = StoryId.random();
        published(story);
        records.send(STORIES, story.toString(), "{\"storyId\":\"" + story + "\",\"added\":[",
                EventRecords.headers("StoryCodedEvent", "Story", 2));
        records.publish(STORIES, "Story", story.toString(), Stories.coded(story, List.of("MATERNITY"), List.of()), 3);
        awaitParked(story.toString(), 2);
        assertThat(EventRecords.header(records.deadLetters(STORIES, story.toString()).get(0), "chorus-dlt-exception"))
                .startsWith("tools.jackson");
        assertThat(actuator.themes(story.toString())).isEmpty();

        // the fix: command-service republishes the event from its store; the newest copy of a sequence wins
        records.publish(STORIES, "Story", story.toString(), Stories.coded(story, List.of("ACCESS"), List.of()), 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> records.deadLetters(STORIES, story.toString()).size() == 3);
        assertThat(actuator.parked(story.toString())).containsEntry("parkedEvents", 2);

        HttpResponse<String> replay = actuator.replay(story.toString());
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(replay.body(), "$.replayed")).isEqualTo(2);
        assertThat(JsonPath.<Boolean>read(replay.body(), "$.stillParked")).isFalse();
        assertThat(replay.body()).contains("\"reason\":null");
        assertThat(actuator.themes(story.toString())).containsExactly("ACCESS", "MATERNITY");
        assertThat(actuator.parked(story.toString())).isNull();

        records.publish(STORIES, "Story", story.toString(), Stories.coded(story, List.of(), List.of("MATERNITY")), 4);
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of("ACCESS").equals(actuator.themes(story.toString())));
    }

    @Test
    void anEventOfAStoryThatNeverBeganIsParkedAndAReplayAppliesWhatItCanThenStopsAtTheNextPoison() throws Exception {
        StoryId story = StoryId.random();
        records.publish(STORIES, "Story", story.toString(),
                Stories.approved(story, KEYS.seal("published-" + story, "Waiting for a midwife", "Nine hours.")), 1);
        records.send(STORIES, story.toString(), "{\"storyId\":\"" + story + "\",\"added\":[",
                EventRecords.headers("StoryCodedEvent", "Story", 2));
        Map<String, Object> parked = awaitParked(story.toString(), 2);
        assertThat(parked).containsEntry("firstSequence", 1)
                .containsEntry("reason", "story " + story + ": event 1 arrived but the last applied is none");
        assertThat(EventRecords.header(records.deadLetters(STORIES, story.toString()).get(0), "chorus-dlt-exception"))
                .isEqualTo("org.chorus.query.story.EventOutOfOrderException");

        // the first event, which had not reached the topic, is republished and parks behind the others
        records.publish(STORIES, "Story", story.toString(), Stories.submitted(story), 0);
        awaitParked(story.toString(), 3);
        assertThat(actuator.themes(story.toString())).isNull();

        HttpResponse<String> partly = actuator.replay(story.toString());
        assertThat(JsonPath.<Integer>read(partly.body(), "$.replayed")).isEqualTo(2);
        assertThat(JsonPath.<Boolean>read(partly.body(), "$.stillParked")).isTrue();
        assertThat(JsonPath.<String>read(partly.body(), "$.reason")).contains("end-of-input");
        assertThat(actuator.parked(story.toString())).containsEntry("firstSequence", 2).containsEntry("parkedEvents", 1)
                .containsEntry("reason", JsonPath.<String>read(partly.body(), "$.reason"));
        assertThat(actuator.themes(story.toString())).as("readable up to the poison").isEmpty();

        records.publish(STORIES, "Story", story.toString(), Stories.coded(story, List.of("ACCESS"), List.of()), 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> records.deadLetters(STORIES, story.toString()).size() == 4);
        HttpResponse<String> replay = actuator.replay(story.toString());
        assertThat(JsonPath.<Integer>read(replay.body(), "$.replayed")).isEqualTo(1);
        assertThat(JsonPath.<Boolean>read(replay.body(), "$.stillParked")).isFalse();
        assertThat(actuator.themes(story.toString())).containsExactly("ACCESS");
        assertThat(actuator.parked(story.toString())).isNull();
    }

    /** The recipes docs/reliability-deadletters.md gives the fault suite, produced exactly as written there. */
    @Test
    void theFaultSuiteRecipesParkWhatTheyPromise() throws Exception {
        String unknown = UUID.randomUUID().toString();
        String badJson = UUID.randomUUID().toString();
        String neverBegan = UUID.randomUUID().toString();
        String champion = UUID.randomUUID().toString();
        records.send(STORIES, unknown, "{\"storyId\":\"" + unknown + "\"}",
                EventRecords.headers("StoryTeleportedEvent", "Story", 0));
        records.send(STORIES, badJson, "{\"storyId\":\"" + badJson + "\",\"added\":[",
                EventRecords.headers("StoryCodedEvent", "Story", 0));
        records.send(STORIES, neverBegan, "{\"storyId\":\"" + neverBegan
                + "\",\"added\":[\"ACCESS\"],\"removed\":[],\"analyst\":\"analyst\"}",
                EventRecords.headers("StoryCodedEvent", "Story", 1));
        records.send(Topics.CHAMPION_EVENTS, champion, "{\"championId\":\"" + champion + "\",\"displayName\":\"Fault\","
                + "\"organisation\":\"Fault\",\"places\":[\"LEWISHAM\"],\"languages\":[\"en\"],\"login\":\"fault\","
                + "\"registeredBy\":\"admin\"}", EventRecords.headers("ChampionRegisteredEvent", "Champion", 1));

        assertThat(awaitParked(unknown, 1)).containsEntry("reason", "unknown StoryEvent type StoryTeleportedEvent");
        assertThat(exceptionOf(STORIES, unknown)).isEqualTo("java.lang.IllegalArgumentException");
        awaitParked(badJson, 1);
        assertThat(exceptionOf(STORIES, badJson)).startsWith("tools.jackson");
        assertThat(awaitParked(neverBegan, 1))
                .containsEntry("reason", "story " + neverBegan + ": event 1 arrived but the last applied is none");
        assertThat(exceptionOf(STORIES, neverBegan)).isEqualTo("org.chorus.query.story.EventOutOfOrderException");
        assertThat(awaitParked(champion, 1)).containsEntry("topic", Topics.CHAMPION_EVENTS)
                .containsEntry("reason", "champion " + champion + ": ChampionRegisteredEvent cannot be event 1");
        assertThat(exceptionOf(Topics.CHAMPION_EVENTS, champion)).isEqualTo("java.lang.IllegalArgumentException");
    }

    @Test
    void aRedeliveredParkedRecordIsNotParkedTwice() throws Exception {
        StoryId story = StoryId.random();
        records.publish(STORIES, "Story", story.toString(), Stories.submitted(story), 0);
        RecordMetadata poison = records.send(STORIES, story.toString(), "not json",
                EventRecords.headers("StoryCodedEvent", "Story", 1));
        RecordMetadata last = records.publish(STORIES, "Story", story.toString(),
                Stories.coded(story, List.of("ACCESS"), List.of()), 2);
        awaitParked(story.toString(), 2);
        String position = STORIES + "-" + poison.partition();
        await().atMost(Duration.ofSeconds(10)).until(() -> offset(position) == last.offset() + 1);
        long letters = records.size(STORIES + ".dlt");
        Document before = database.getCollection(ParkedAggregates.COLLECTION).find(eq("_id", story.toString())).first();

        // a crash lost the position write: the consumer starts again at the poison record
        MessageListenerContainer consumer = listeners.getListenerContainer("story-events");
        consumer.stop();
        database.getCollection("consumer_positions").updateOne(eq("_id", position), set("offset", poison.offset()));
        consumer.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> offset(position) == last.offset() + 1);
        assertThat(records.size(STORIES + ".dlt")).isEqualTo(letters);
        assertThat(database.getCollection(ParkedAggregates.COLLECTION).find(eq("_id", story.toString())).first())
                .isEqualTo(before);
    }

    private void published(StoryId story) {
        records.publish(STORIES, "Story", story.toString(), Stories.submitted(story), 0);
        records.publish(STORIES, "Story", story.toString(),
                Stories.approved(story, KEYS.seal("published-" + story, "Waiting for a midwife", "Nine hours.")), 1);
    }

    private Map<String, Object> awaitParked(String aggregateId, int parkedEvents) throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Map<String, Object> parked = actuator.parked(aggregateId);
            return parked != null && parked.get("parkedEvents").equals(parkedEvents);
        });
        return actuator.parked(aggregateId);
    }

    private String exceptionOf(String topic, String key) {
        List<ConsumerRecord<String, String>> letters = records.deadLetters(topic, key);
        assertThat(letters).hasSize(1);
        return EventRecords.header(letters.get(0), "chorus-dlt-exception");
    }

    private long offset(String position) {
        Document found = database.getCollection("consumer_positions").find(eq("_id", position)).first();
        return found == null ? -1 : ((Number) found.get("offset")).longValue();
    }
}
