package org.chorus.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoClient;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.BsonString;
import org.bson.Document;
import org.chorus.kernel.campaign.VenueType;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.CodebookRevisedEvent;
import org.chorus.kernel.codebook.Theme;
import org.chorus.kernel.event.EventHeaders;
import org.chorus.kernel.event.EventTypes;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.event.Topics;
import org.chorus.kernel.session.SessionEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.consumer.ConsumerPositions;
import org.chorus.query.testsupport.Campaigns;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.KeyServer;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.ScriptedSession;
import org.chorus.query.testsupport.Stories;
import org.chorus.query.testsupport.TestKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Measures, does not gate: puts about {@code chorus.harness.events} events (default 20,000) on the topics, lets the
 * live consumers project them, then rebuilds, and prints both rates. It asserts only that the rebuild matches the
 * live models. The events are stories of four events (submitted, approved with published content, coded, answered);
 * with {@code -Dchorus.harness.mix=mixed}, a third each of story events, co-design sessions (scripted, nineteen events
 * ending in an erasure) and outreach logged to twenty campaigns, as the bench's open-loop mix. Not part of the suite
 * (its name ends in Harness); run it on its own:
 * {@code mvn -B -o -pl query-service -am verify -Dtest=RebuildThroughputHarness -Dsurefire.failIfNoSpecifiedTests=false
 * -Dchorus.harness.events=20000}, optionally with {@code -DargLine=-XX:StartFlightRecording=filename=rebuild.jfr}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestKafka(partitions = 2, brokerProperties = "auto.create.topics.enable=false")
@ActiveProfiles("local")
@DirtiesContext
class RebuildThroughputHarness {
    static final KeyRing KEYS = new KeyRing();
    @AutoClose
    static final KeyServer KEY_SERVER = keyServer();
    static final String DATABASE = "throughput-" + UUID.randomUUID();
    private static final int EVENTS = Integer.getInteger("chorus.harness.events", 20_000);
    private static final boolean MIXED = "mixed".equals(System.getProperty("chorus.harness.mix", "stories"));
    private static final int CAMPAIGNS = 20;
    private static @Nullable MongoServer fileStore;
    private static final Duration PATIENCE = Duration.ofMinutes(60);

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", RebuildThroughputHarness::mongoUri);
        registry.add("chorus.mongo.database", () -> DATABASE);
        registry.add("chorus.command.url", KEY_SERVER::url);
        registry.add("chorus.internal.password", () -> "internal-test");
    }

    // -Dchorus.harness.mongo=file: a wire server of the harness's own over an H2 MVStore file, as the local stack and
    // the bench keep their data; otherwise the tests' shared in-memory one
    private static synchronized String mongoUri() {
        if (!"file".equals(System.getProperty("chorus.harness.mongo"))) {
            return MongoWire.uri();
        }
        if (fileStore == null) {
            try {
                Path file = Files.createTempDirectory("harness-mongo").resolve("chorus.mv");
                fileStore = new MongoServer(new H2Backend(file.toString()));
                fileStore.bind("127.0.0.1", 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fileStore.getConnectionString();
    }

    // the JDK's test HTTP server leaves Nagle on unless told (command-service's Tomcat turns it off): with it, every key
    // answer waits ~40 ms for the client's delayed ACK, which the harness would measure instead of the rebuild.
    // -Dchorus.harness.nagle=true measures that way; read before the first server of the JVM starts
    private static KeyServer keyServer() {
        if (!Boolean.getBoolean("chorus.harness.nagle")) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        return new KeyServer(KEYS, "internal-test");
    }

    /**
     * Counts Mongo commands by command and collection: the rebuild thread's, and every other thread's while the live
     * consumers project the events (the harness's own progress polls, a few, included).
     */
    @TestConfiguration
    static class RoundTrips {
        static final Map<String, LongAdder> REBUILD = new ConcurrentHashMap<>();
        static final Map<String, LongAdder> LIVE = new ConcurrentHashMap<>();
        static volatile boolean live;

        @Bean
        CommandListener rebuildRoundTrips() {
            return new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    String collection = event.getCommand().get(event.getCommandName()) instanceof BsonString name
                            ? name.getValue() : "";
                    String command = event.getCommandName() + " " + collection;
                    if (Thread.currentThread().getName().equals("read-model-rebuild")) {
                        REBUILD.computeIfAbsent(command, key -> new LongAdder()).increment();
                    } else if (live) {
                        LIVE.computeIfAbsent(command, key -> new LongAdder()).increment();
                    }
                }
            };
        }
    }

    @AfterAll
    static void stopFileStore() {
        if (fileStore != null) {
            fileStore.shutdownNow();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    MongoClient client;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void rebuildRate() throws Exception {
        broker.addTopics(new NewTopic(Topics.STORY_EVENTS, 2, (short) 1), new NewTopic(Topics.SESSION_EVENTS, 2, (short) 1),
                new NewTopic(Topics.CAMPAIGN_EVENTS, 2, (short) 1), new NewTopic(Topics.CHAMPION_EVENTS, 2, (short) 1),
                new NewTopic(Topics.CODEBOOK_EVENTS, 1, (short) 1));
        int stories = MIXED ? EVENTS / 12 : EVENTS / 4;
        long published;
        long liveStart = System.nanoTime();
        RoundTrips.live = true;
        try (KafkaProducer<String, String> producer = producer()) {
            Theme access = new Theme(new ThemeCode("ACCESS"), "Access to care", List.of("midwife"), false);
            publish(producer, Topics.CODEBOOK_EVENTS, "Codebook", "codebook",
                    new CodebookRevisedEvent(1, List.of(access), "configuration"), 0);
            for (int i = 0; i < stories; i++) {
                story(producer, StoryId.random(), "Waiting for a midwife " + i);
            }
            published = 1 + 4L * stories + (MIXED ? sessionsAndCampaigns(producer, EVENTS / 3) : 0);
            producer.flush();
        }
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> appliedIn(DATABASE) == published);
        double liveSeconds = (System.nanoTime() - liveStart) / 1e9;
        RoundTrips.live = false;

        long rebuildStart = System.nanoTime();
        HttpResponse<String> started = http.send(request("/actuator/rebuild").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).isEqualTo(200);
        // the replay ends when every event is applied; derivation, the drain, both hashes and the switch follow
        long[] replayed = {0};
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
            String now = status();
            if (replayed[0] == 0 && JsonPath.<Integer>read(now, "$.applied") >= published) {
                replayed[0] = System.nanoTime();
            }
            return !"RUNNING".equals(JsonPath.read(now, "$.state"));
        });
        double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
        double replaySeconds = (replayed[0] - rebuildStart) / 1e9;
        String status = status();

        assertThat(JsonPath.<String>read(status, "$.state")).as(status).isEqualTo("SWAPPED");
        assertThat(JsonPath.<String>read(status, "$.rebuiltHash")).isEqualTo(JsonPath.read(status, "$.liveHash"));
        assertThat(JsonPath.<Integer>read(status, "$.applied")).isEqualTo((int) published);
        String target = JsonPath.read(status, "$.database");
        assertThat(client.getDatabase(target).getCollection("stories").countDocuments()).isEqualTo(stories);
        System.out.printf("HARNESS events=%d live: %.1f s (%.0f events/s, publishing included) rebuild: %.1f s wall"
                        + " (%.0f events/s), status says %s events/s; replay alone %.1f s (%.0f events/s), then %.1f s"
                        + " to derive, drain, hash and switch%n", published, liveSeconds, published / liveSeconds,
                rebuildSeconds, published / rebuildSeconds, JsonPath.read(status, "$.eventsPerSecond").toString(),
                replaySeconds, published / replaySeconds, rebuildSeconds - replaySeconds);
        print("live", RoundTrips.LIVE, published);
        print("rebuild", RoundTrips.REBUILD, published);
    }

    private static void print(String phase, Map<String, LongAdder> commands, long published) {
        System.out.printf("HARNESS %s mongo %-43s %8d (%.2f per event)%n", phase, "all commands",
                commands.values().stream().mapToLong(LongAdder::sum).sum(),
                commands.values().stream().mapToLong(LongAdder::sum).sum() / (double) published);
        commands.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .filter(count -> count.getValue().sum() * 100 >= published)
                .forEach(count -> System.out.printf("HARNESS %s mongo %-40s %8d (%.2f per event)%n", phase,
                        count.getKey(), count.getValue().sum(), count.getValue().sum() / (double) published));
    }

    private void story(KafkaProducer<String, String> producer, StoryId id, String title) {
        publish(producer, Topics.STORY_EVENTS, "Story", id.toString(), Stories.submitted(id), 0);
        publish(producer, Topics.STORY_EVENTS, "Story", id.toString(),
                Stories.approved(id, KEYS.seal("published-" + id, title, "Nine hours.")), 1);
        publish(producer, Topics.STORY_EVENTS, "Story", id.toString(), Stories.coded(id, List.of("ACCESS"), List.of()), 2);
        publish(producer, Topics.STORY_EVENTS, "Story", id.toString(),
                Stories.response(id, "We changed the rota", null), 3);
    }

    // about a third of the events each: whole scripted sessions, and outreach spread over twenty campaigns
    private static long sessionsAndCampaigns(KafkaProducer<String, String> producer, int third) {
        long published = 0;
        for (int i = 0; i < third / (ScriptedSession.ERASURE + 1); i++) {
            ScriptedSession session = new ScriptedSession(KEYS);
            List<SessionEvent> events = session.events();
            for (int sequence = 0; sequence < events.size(); sequence++) {
                publish(producer, Topics.SESSION_EVENTS, "CoDesignSession", session.id.toString(), events.get(sequence),
                        sequence);
                published++;
            }
        }
        Random random = new Random(7);
        VenueType[] venues = VenueType.values();
        for (int c = 0; c < CAMPAIGNS; c++) {
            UUID campaign = UUID.randomUUID();
            UUID amina = UUID.randomUUID();
            UUID ben = UUID.randomUUID();
            publish(producer, Topics.CHAMPION_EVENTS, "Champion", amina.toString(),
                    Campaigns.registered(amina, "Amina " + c, "amina-" + c), 0);
            publish(producer, Topics.CHAMPION_EVENTS, "Champion", ben.toString(),
                    Campaigns.registered(ben, "Ben " + c, "ben-" + c), 0);
            String key = campaign.toString();
            publish(producer, Topics.CAMPAIGN_EVENTS, "OutreachCampaign", key, Campaigns.launched(campaign, 100_000), 0);
            publish(producer, Topics.CAMPAIGN_EVENTS, "OutreachCampaign", key,
                    Campaigns.enrolled(campaign, amina, "amina-" + c), 1);
            publish(producer, Topics.CAMPAIGN_EVENTS, "OutreachCampaign", key,
                    Campaigns.enrolled(campaign, ben, "ben-" + c), 2);
            long sequence = 3;
            for (int i = 0; i < third / CAMPAIGNS - 5; i++) {
                publish(producer, Topics.CAMPAIGN_EVENTS, "OutreachCampaign", key, Campaigns.outreach(campaign,
                        random.nextBoolean() ? amina : ben, "2026-11-" + String.format("%02d", 1 + random.nextInt(30)),
                        1 + random.nextInt(50), venues[random.nextInt(venues.length)]), sequence++);
            }
            published += 2 + sequence;
        }
        return published;
    }

    private static void publish(KafkaProducer<String, String> producer, String topic, String aggregateType,
            String key, Object event, long sequence) {
        var record = new ProducerRecord<>(topic, key, KernelJson.mapper().writeValueAsString(event));
        header(record, EventHeaders.EVENT_ID, UUID.randomUUID().toString());
        header(record, EventHeaders.EVENT_TYPE, EventTypes.nameOf(event.getClass()));
        header(record, EventHeaders.REVISION, "1");
        header(record, EventHeaders.AGGREGATE_TYPE, aggregateType);
        header(record, EventHeaders.SEQUENCE, Long.toString(sequence));
        header(record, EventHeaders.TIMESTAMP, Instant.now().toString());
        producer.send(record);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.LINGER_MS_CONFIG, "20"), new StringSerializer(), new StringSerializer());
    }

    // each partition's next offset is the number of records applied from it (the topics start at offset 0)
    private long appliedIn(String database) {
        return new ConsumerPositions(client.getDatabase(database)).all().values().stream()
                .mapToLong(Long::longValue).sum();
    }

    private String status() throws Exception {
        return http.send(request("/actuator/rebuild").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpRequest.Builder request(String path) {
        String credentials = Base64.getEncoder().encodeToString("admin:admin-local".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials);
    }
}
