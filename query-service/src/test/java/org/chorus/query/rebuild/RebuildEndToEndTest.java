package org.chorus.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoClient;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.chorus.kernel.story.StoryId;
import org.chorus.query.consumer.ConsumerPositions;
import org.chorus.query.testsupport.Campaigns;
import org.chorus.query.testsupport.EventRecord;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.KeyServer;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.ReadSideEndToEnd;
import org.chorus.query.testsupport.ReadSideEngines;
import org.chorus.query.testsupport.ScriptedSession;
import org.chorus.query.testsupport.SignedIn;
import org.chorus.query.testsupport.Stories;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A populated read store is rebuilt from the topics while events keep arriving: the old database serves until the
 * switch, the rebuilt one after it, the content hashes agree, and the live consumers go on from where the rebuild
 * left off without losing or doubling an event.
 */
@ReadSideEndToEnd
class RebuildEndToEndTest {
    static final KeyRing KEYS = new KeyRing();
    @AutoClose
    static final KeyServer KEY_SERVER = new KeyServer(KEYS, ReadSideEngines.INTERNAL_PASSWORD);
    static final String DATABASE = "rebuild-" + UUID.randomUUID();
    private static final int STORIES_BEFORE = 60;
    private static final int STORIES_AFTER = 10;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        ReadSideEngines.register(registry, MongoWire::uri, DATABASE, KEY_SERVER::url);
    }

    /** Any command listener bean sees the client's commands (the fault suite registers one). */
    @TestConfiguration
    static class Commands {
        static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

        @Bean
        CommandListener seen() {
            return new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    SEEN.add(event.getCommandName());
                }
            };
        }
    }

    private static final List<String> CONDITION_INDEXES = List.of("stories/_id_lastSequence",
            "sessions/_id_lastSequence", "campaigns/_id_lastSequence", "story_counted/_id_stage",
            "story_counted/_id_version", "story_arrival_marks/_id_pending", "theme_counts/_id_v", "story_totals/_id_v");

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    MongoClient client;

    private SignedIn http;
    private final List<StoryId> stories = new CopyOnWriteArrayList<>();
    private long published;
    private int withdrawn;

    @BeforeEach
    void connect() {
        http = new SignedIn(port);
    }

    @Test
    void rebuildWhileEventsArriveMatchesTheLiveModelsAndTheLiveConsumersCarryOnAfterTheSwitch() throws Exception {
        broker.addTopics(new NewTopic(Topics.STORY_EVENTS, 2, (short) 1), new NewTopic(Topics.SESSION_EVENTS, 2, (short) 1),
                new NewTopic(Topics.CAMPAIGN_EVENTS, 2, (short) 1), new NewTopic(Topics.CHAMPION_EVENTS, 2, (short) 1),
                new NewTopic(Topics.CODEBOOK_EVENTS, 1, (short) 1));
        try (KafkaProducer<String, String> producer = producer()) {
            populate(producer);
            producer.flush();
            await().atMost(Duration.ofSeconds(120)).until(() -> appliedIn(DATABASE) == publishedSoFar());
            assertThat(Commands.SEEN).contains("find", "insert", "update");
            String before = JsonPath.read(get("/actuator/readmodels", "admin").body(), "$.contentHash");
            long populated = publishedSoFar();

            HttpResponse<String> withoutJson = http.send(http.request("/actuator/rebuild", "admin")
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(withoutJson.statusCode()).as(withoutJson.body()).isEqualTo(415);
            assertThat(withoutJson.headers().firstValue("Content-Type")).hasValue("application/problem+json");

            AtomicBoolean arriving = new AtomicBoolean(true);
            Thread more = new Thread(() -> keepArriving(producer, arriving));
            more.start();
            HttpResponse<String> started = post("/actuator/rebuild");
            assertThat(started.statusCode()).isEqualTo(200);
            assertThat(JsonPath.<String>read(started.body(), "$.state")).isEqualTo("RUNNING");
            String target = JsonPath.read(started.body(), "$.database");
            assertThat(target).isEqualTo(DATABASE + "_r1");

            List<String> seen = new ArrayList<>();
            String status = started.body();
            while ("RUNNING".equals(JsonPath.read(status, "$.state"))) {
                seen.add(status);
                // the old database serves while the rebuild runs
                assertThat(JsonPath.<String>read(get("/actuator/readmodels", "admin").body(), "$.database"))
                        .isIn(DATABASE, target);
                assertThat(story(stories.get(0)).statusCode()).isEqualTo(200);
                Thread.sleep(20);
                status = get("/actuator/rebuild", "admin").body();
            }
            arriving.set(false);
            more.join();
            assertThat(JsonPath.<String>read(status, "$.state")).as(status).isEqualTo("SWAPPED");
            assertThat(JsonPath.<String>read(status, "$.rebuiltHash")).isEqualTo(JsonPath.read(status, "$.liveHash"));
            assertThat(JsonPath.<String>read(status, "$.liveHash")).isNotEqualTo(before);
            assertThat(JsonPath.<Object>read(status, "$.failure")).isNull();
            assertThat(JsonPath.<List<Object>>read(status, "$.failures")).isEmpty();
            assertThat(JsonPath.<Integer>read(status, "$.applied")).isGreaterThanOrEqualTo((int) populated);
            assertThat(seen).anySatisfy(running -> {
                assertThat(JsonPath.<Integer>read(running, "$.applied")).isPositive()
                        .isLessThan(JsonPath.<Integer>read(running, "$.total"));
                assertThat(JsonPath.<Double>read(running, "$.eventsPerSecond")).isPositive();
                assertThat(JsonPath.<Double>read(running, "$.secondsLeft")).isPositive();
            });
            assertThat(JsonPath.<String>read(get("/actuator/readmodels", "admin").body(), "$.database"))
                    .isEqualTo(target);
            // the rebuilt projections write through the same indexes as the live ones did
            assertThat(conditionIndexes(DATABASE)).containsExactlyInAnyOrderElementsOf(CONDITION_INDEXES);
            assertThat(conditionIndexes(target)).containsExactlyInAnyOrderElementsOf(CONDITION_INDEXES);

            // after the switch the rebuilt database serves: the old one can go and the stories are still there
            client.getDatabase(DATABASE).drop();
            assertThat(story(stories.get(0)).statusCode()).isEqualTo(200);

            // the live consumers carry on in the rebuilt database from where the rebuild left it
            for (int i = 0; i < STORIES_AFTER; i++) {
                story(producer, StoryId.random(), "After " + i);
            }
            producer.flush();
            await().atMost(Duration.ofSeconds(60)).until(() -> appliedIn(target) == publishedSoFar());
            for (StoryId id : stories) {
                HttpResponse<String> response = story(id);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(JsonPath.<List<String>>read(response.body(), "$.themes")).containsExactly("ACCESS");
                assertThat(JsonPath.<List<Object>>read(response.body(), "$.responses")).hasSize(1);
            }
            assertThat(client.getDatabase(target).getCollection("stories").countDocuments())
                    .isEqualTo(stories.size() + withdrawn);

            // nothing lost or doubled: a second rebuild from the topics finds exactly what the live consumers made
            assertThat(JsonPath.<String>read(post("/actuator/rebuild").body(), "$.database")).isEqualTo(DATABASE + "_r2");
            await().atMost(Duration.ofSeconds(120)).until(() -> !"RUNNING".equals(
                    JsonPath.read(get("/actuator/rebuild", "admin").body(), "$.state")));
            String second = get("/actuator/rebuild", "admin").body();
            assertThat(JsonPath.<String>read(second, "$.state")).as(second).isEqualTo("SWAPPED");
            assertThat(JsonPath.<String>read(second, "$.rebuiltHash")).isEqualTo(JsonPath.read(second, "$.liveHash"));
            assertThat(client.listDatabaseNames().into(new ArrayList<>())).contains(target, DATABASE + "_r2");
        }
    }

    // the unique (_id, condition) indexes of each collection written with a conditional write, as collection/index
    private List<String> conditionIndexes(String database) {
        List<String> found = new ArrayList<>();
        for (String collection : client.getDatabase(database).listCollectionNames()) {
            for (Document index : client.getDatabase(database).getCollection(collection).listIndexes()) {
                if (index.getString("name").startsWith("_id_") && !index.getString("name").equals("_id_")) {
                    assertThat(index.getBoolean("unique", false)).as(collection + " " + index).isTrue();
                    found.add(collection + "/" + index.getString("name"));
                }
            }
        }
        return found;
    }

    private void populate(KafkaProducer<String, String> producer) throws Exception {
        Theme access = new Theme(new ThemeCode("ACCESS"), "Access to care", List.of("midwife"), false);
        publish(producer, Topics.CODEBOOK_EVENTS, "Codebook", "codebook",
                new CodebookRevisedEvent(1, List.of(access), "configuration"), 0);
        UUID campaign = UUID.randomUUID();
        UUID amina = UUID.randomUUID();
        publish(producer, Topics.CHAMPION_EVENTS, "Champion", amina.toString(),
                Campaigns.registered(amina, "Amina Yusuf", "champion"), 0);
        List<Object> campaignEvents = List.of(Campaigns.launched(campaign, 600),
                Campaigns.enrolled(campaign, amina, "champion"),
                Campaigns.outreach(campaign, amina, "2026-11-23", 750, VenueType.FAITH_SPACE));
        for (int seq = 0; seq < campaignEvents.size(); seq++) {
            publish(producer, Topics.CAMPAIGN_EVENTS, "OutreachCampaign", campaign.toString(), campaignEvents.get(seq),
                    seq);
        }
        ScriptedSession session = new ScriptedSession(KEYS);
        for (int seq = 0; seq < session.events().size(); seq++) {
            publish(producer, Topics.SESSION_EVENTS, "CoDesignSession", session.id.toString(),
                    session.events().get(seq), seq);
        }
        for (int i = 0; i < STORIES_BEFORE; i++) {
            StoryId id = StoryId.random();
            if (i % 10 == 9) {
                publish(producer, Topics.STORY_EVENTS, "Story", id.toString(), Stories.submitted(id), 0);
                publish(producer, Topics.STORY_EVENTS, "Story", id.toString(), Stories.withdrawn(id), 1);
                withdrawn++;
            } else {
                story(producer, id, "Waiting for a midwife " + i);
            }
        }
    }

    private void keepArriving(KafkaProducer<String, String> producer, AtomicBoolean arriving) {
        int i = 0;
        try {
            while (arriving.get()) {
                story(producer, StoryId.random(), "During " + i++);
                Thread.sleep(1_000);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized void story(KafkaProducer<String, String> producer, StoryId id, String title)
            throws Exception {
        publish(producer, Topics.STORY_EVENTS, "Story", id.toString(), Stories.submitted(id), 0);
        publish(producer, Topics.STORY_EVENTS, "Story", id.toString(),
                Stories.approved(id, KEYS.seal("published-" + id, title, "Nine hours.")), 1);
        publish(producer, Topics.STORY_EVENTS, "Story", id.toString(), Stories.coded(id, List.of("ACCESS"), List.of()), 2);
        publish(producer, Topics.STORY_EVENTS, "Story", id.toString(), Stories.response(id, "We changed the rota", null),
                3);
        stories.add(id);
    }

    private synchronized void publish(KafkaProducer<String, String> producer, String topic, String aggregateType,
            String key, Object event, long sequence) {
        producer.send(EventRecord.of(topic, aggregateType, key, event, sequence, Instant.now()));
        published++;
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"),
                new StringSerializer(), new StringSerializer());
    }

    private synchronized long publishedSoFar() {
        return published;
    }

    // each partition's next offset is the number of records applied from it (the topics start at offset 0)
    private long appliedIn(String database) {
        return new ConsumerPositions(client.getDatabase(database)).all().values().stream()
                .mapToLong(Long::longValue).sum();
    }

    private HttpResponse<String> story(StoryId id) throws Exception {
        return get("/api/v1/insights/stories/" + id, "analyst");
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(http.request(path, "admin").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.get(path, user);
    }
}
