package org.chorus.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.chorus.kernel.campaign.VenueType;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.CodebookRevisedEvent;
import org.chorus.kernel.codebook.Theme;
import org.chorus.kernel.event.Topics;
import org.chorus.kernel.story.StoryEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.testsupport.Campaigns;
import org.chorus.query.testsupport.EventRecord;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.KeyServer;
import org.chorus.query.testsupport.ReadSideEndToEnd;
import org.chorus.query.testsupport.ReadSideEngines;
import org.chorus.query.testsupport.ScriptedSession;
import org.chorus.query.testsupport.SignedIn;
import org.chorus.query.testsupport.Stories;
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
 * Events produced as command-service publishes them reach the insight and session APIs through a real broker and
 * wire server.
 */
@ReadSideEndToEnd
class StoryEventsEndToEndTest {
    static final KeyRing KEYS = new KeyRing();
    @AutoClose
    static final KeyServer KEY_SERVER = new KeyServer(KEYS, ReadSideEngines.INTERNAL_PASSWORD);

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        ReadSideEngines.register(registry, "end-to-end", KEY_SERVER::url);
    }

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    MongoDatabase database;

    private SignedIn http;
    private final StoryId id = StoryId.random();
    private long sequence;

    @BeforeEach
    void connect() {
        http = new SignedIn(port);
    }

    @Test
    void storyIsReadableAfterItsEventsAndRebuiltFromTheTopicWhenTheReadStoreRollsBack() throws Exception {
        // the topic appears only after the consumer started, as when command-service starts second
        broker.addTopics(new NewTopic(Topics.STORY_EVENTS, 2, (short) 1));
        try (KafkaProducer<String, String> producer = producer()) {
            publish(producer, Stories.submitted(id));
            publish(producer, Stories.approved(id, KEYS.seal("published-" + id, "Waiting for a midwife", "Nine hours.")));
            await().atMost(Duration.ofSeconds(60)).until(() -> get("").statusCode() == 200);

            publish(producer, Stories.coded(id, List.of("ACCESS", "MATERNITY"), List.of()));
            HttpResponse<String> coded = get("?minVersion=2");
            assertThat(coded.statusCode()).isEqualTo(200);
            assertThat(JsonPath.<String>read(coded.body(), "$.title")).isEqualTo("Waiting for a midwife");
            assertThat(JsonPath.<List<String>>read(coded.body(), "$.themes")).containsExactly("ACCESS", "MATERNITY");
            assertThat(coded.body()).doesNotContain("storyteller", "Ada", "unredacted");
            await().atMost(Duration.ofSeconds(10)).until(() -> appliedPositions() == 3);

            MessageListenerContainer consumer = listeners.getListenerContainer("story-events");
            consumer.stop();
            publish(producer, Stories.response(id, "We changed the rota", null));
            // a restored read store has lost both the story and the positions: the consumer must replay, not resume
            database.getCollection("stories").drop();
            database.getCollection("consumer_positions").drop();
            consumer.start();

            await().atMost(Duration.ofSeconds(60)).until(() -> get("?minVersion=3").statusCode() == 200);
            HttpResponse<String> rebuilt = get("?minVersion=3");
            assertThat(JsonPath.<List<String>>read(rebuilt.body(), "$.themes")).containsExactly("ACCESS", "MATERNITY");
            assertThat(JsonPath.<String>read(rebuilt.body(), "$.responses[0].body")).isEqualTo("We changed the rota");
            await().atMost(Duration.ofSeconds(10)).until(() -> appliedPositions() == 4);

            publish(producer, Stories.withdrawn(id));
            await().atMost(Duration.ofSeconds(30)).until(() -> get("").statusCode() == 404);
            assertThat(database.getCollection("stories").find().first())
                    .isEqualTo(new Document("_id", id.toString()).append("lastSequence", 4L).append("erased", true));
        }
    }

    @Test
    void sessionEventsReachTheTimelineWithTheirWordsOpened() throws Exception {
        broker.addTopics(new NewTopic(Topics.SESSION_EVENTS, 2, (short) 1));
        ScriptedSession session = new ScriptedSession(KEYS);
        try (KafkaProducer<String, String> producer = producer()) {
            for (int seq = 0; seq <= 5; seq++) {
                publish(producer, Topics.SESSION_EVENTS, "CoDesignSession", session.id.toString(),
                        session.events().get(seq), seq);
            }
            String timeline = "/api/v1/sessions/" + session.id + "/timeline";
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                HttpResponse<String> response = get(timeline, "facilitator");
                return response.statusCode() == 200 && JsonPath.<List<Object>>read(response.body(), "$").size() == 6;
            });

            HttpResponse<String> response = get(timeline, "facilitator");
            assertThat(JsonPath.<List<Integer>>read(response.body(), "$[*].sequence")).containsExactly(0, 1, 2, 3, 4, 5);
            assertThat(JsonPath.<String>read(response.body(), "$[2].data.displayName")).isEqualTo("Ama Mensah");
            assertThat(JsonPath.<String>read(response.body(), "$[5].type")).isEqualTo("ContributionAddedEvent");
            assertThat(JsonPath.<String>read(response.body(), "$[5].data.text")).isEqualTo("I waited nine hours");
            assertThat(response.body()).doesNotContain("ciphertext");
        }
    }

    @Test
    void championAndCampaignEventsReachCampaignProgress() throws Exception {
        broker.addTopics(new NewTopic(Topics.CHAMPION_EVENTS, 2, (short) 1), new NewTopic(Topics.CAMPAIGN_EVENTS, 2, (short) 1));
        UUID campaign = UUID.randomUUID();
        UUID amina = UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            publish(producer, Topics.CHAMPION_EVENTS, "Champion", amina.toString(),
                    Campaigns.registered(amina, "Amina Yusuf", "champion"), 0);
            List<Object> events = List.of(Campaigns.launched(campaign, 600),
                    Campaigns.enrolled(campaign, amina, "champion"),
                    Campaigns.outreach(campaign, amina, "2026-11-23", 750, VenueType.FAITH_SPACE));
            for (int seq = 0; seq < events.size(); seq++) {
                publish(producer, Topics.CAMPAIGN_EVENTS, "OutreachCampaign", campaign.toString(), events.get(seq), seq);
            }
            publish(producer, Topics.CAMPAIGN_EVENTS, "OutreachCampaign", campaign.toString(), events.get(2), 2);

            String progress = "/api/v1/campaigns/" + campaign + "/progress?minVersion=2";
            await().atMost(Duration.ofSeconds(60)).until(() -> get(progress, "champion").statusCode() == 200);
            await().atMost(Duration.ofSeconds(30)).until(() -> JsonPath.<String>read(
                    get(progress, "champion").body(), "$.byChampion[0].displayName").equals("Amina Yusuf"));
            HttpResponse<String> response = get(progress, "champion");
            assertThat(JsonPath.<Integer>read(response.body(), "$.reached")).isEqualTo(750);
            assertThat(response.body()).contains("\"percent\":125.00");
        }
    }

    @Test
    void codebookRevisionsTeachTheReadSideWhichThemesExist() throws Exception {
        broker.addTopics(new NewTopic(Topics.CODEBOOK_EVENTS, 1, (short) 1));
        Theme access = new Theme(new ThemeCode("ACCESS"), "Access to care", List.of("appointment"), false);
        Theme weather = new Theme(new ThemeCode("WEATHER"), "Weather", List.of("rain"), false);
        try (KafkaProducer<String, String> producer = producer()) {
            publish(producer, Topics.CODEBOOK_EVENTS, "Codebook", "codebook",
                    new CodebookRevisedEvent(1, List.of(access, weather), "configuration"), 0);
            publish(producer, Topics.CODEBOOK_EVENTS, "Codebook", "codebook", new CodebookRevisedEvent(2, List.of(access,
                    new Theme(weather.code(), weather.label(), weather.keywords(), true)), "configuration"), 1);

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> get("/api/v1/insights/feed?theme=WEATHER", "analyst").statusCode() == 200);
            await().atMost(Duration.ofSeconds(30)).until(() -> database.getCollection("codebook").find().first()
                    .getInteger("revision") == 2);
            assertThat(get("/api/v1/insights/feed?theme=ACCESS", "analyst").statusCode()).isEqualTo(200);
            assertThat(get("/api/v1/insights/feed?theme=TRUST", "analyst").statusCode()).isEqualTo(400);
        }
    }

    private void publish(KafkaProducer<String, String> producer, StoryEvent event) throws Exception {
        publish(producer, Topics.STORY_EVENTS, "Story", id.toString(), event, sequence++);
    }

    private static void publish(KafkaProducer<String, String> producer, String topic, String aggregateType, String key,
            Object event, long sequence) throws Exception {
        producer.send(EventRecord.of(topic, aggregateType, key, event, sequence, Instant.now())).get();
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    private long appliedPositions() {
        return database.getCollection("consumer_positions").find(Filters.eq("topic", Topics.STORY_EVENTS))
                .into(new ArrayList<>()).stream()
                .mapToLong(position -> ((Number) position.get("offset")).longValue()).sum();
    }

    private HttpResponse<String> get(String query) throws Exception {
        return get("/api/v1/insights/stories/" + id + query, "analyst");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.get(path, user);
    }
}
