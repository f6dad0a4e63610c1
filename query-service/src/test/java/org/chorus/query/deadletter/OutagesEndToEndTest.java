package org.chorus.query.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.chorus.kernel.event.Topics;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.KeyServer;
import org.chorus.query.testsupport.ReadSideEndToEnd;
import org.chorus.query.testsupport.ReadSideEngines;
import org.chorus.query.testsupport.Stories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Outages are waited out, never dead-lettered: with the Mongo wire server stopped, or command-service's key endpoint
 * answering 503, consumption pauses for far longer than a poison event is tried, and resumes with every event applied.
 */
@ReadSideEndToEnd(topics = Topics.STORY_EVENTS,
        properties = {"chorus.dead-letter.attempts=2", "chorus.dead-letter.back-off=50ms"})
class OutagesEndToEndTest {
    static final String STORIES = Topics.STORY_EVENTS;
    static final Duration OUTAGE = Duration.ofSeconds(5);
    static final KeyRing KEYS = new KeyRing();
    static final KeyServer KEY_SERVER = new KeyServer(KEYS, ReadSideEngines.INTERNAL_PASSWORD);
    static final FlakyKeyEndpoint KEY_ENDPOINT = new FlakyKeyEndpoint(KEY_SERVER.url());
    static final MongoBackend STORE = outlivingItsServer(new MemoryBackend());
    static MongoServer wire = new MongoServer(STORE);
    static final int PORT = wire.bind().getPort();

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        ReadSideEngines.register(registry,
                () -> "mongodb://127.0.0.1:" + PORT + "/?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000",
                "outages-" + UUID.randomUUID(), KEY_ENDPOINT::url);
    }

    /** The data, which a stopped wire server would otherwise wipe: a restarted server serves it again. */
    static MongoBackend outlivingItsServer(MongoBackend backend) {
        return (MongoBackend) Proxy.newProxyInstance(MongoBackend.class.getClassLoader(),
                new Class<?>[] {MongoBackend.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        return null;
                    }
                    try {
                        return method.invoke(backend, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @AfterAll
    static void stopServers() {
        wire.shutdownNow();
        KEY_ENDPOINT.close();
        KEY_SERVER.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
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
    void withTheMongoWireServerStoppedConsumptionPausesAndResumesWithoutDeadLetteringAnything() throws Exception {
        StoryId before = StoryId.random();
        published(before);
        await().atMost(Duration.ofSeconds(60)).until(() -> List.of().equals(actuator.themes(before.toString())));

        wire.shutdownNow();
        StoryId during = StoryId.random();
        published(during);
        records.publish(STORIES, "Story", during.toString(), Stories.coded(during, List.of("ACCESS"), List.of()), 2);
        records.publish(STORIES, "Story", before.toString(), Stories.coded(before, List.of("MATERNITY"), List.of()), 2);
        await().during(OUTAGE).atMost(OUTAGE.plusSeconds(5)).until(() -> records.size(STORIES + ".dlt") == 0);
        assertHealthNamesMongoDownButKeepsThePodAlive();
        wire = new MongoServer(STORE);
        wire.bind("127.0.0.1", PORT);

        await().atMost(Duration.ofSeconds(60)).until(() -> List.of("ACCESS").equals(actuator.themes(during.toString()))
                && List.of("MATERNITY").equals(actuator.themes(before.toString())));
        assertNothingDeadLettered();
    }

    @Test
    void withTheKeyEndpointAnswering503ConsumptionPausesAndResumesWithoutDeadLetteringAnything() throws Exception {
        StoryId story = StoryId.random();
        KEY_ENDPOINT.down(true);
        try {
            published(story);
            records.publish(STORIES, "Story", story.toString(), Stories.coded(story, List.of("ACCESS"), List.of()), 2);
            await().during(OUTAGE).atMost(OUTAGE.plusSeconds(5))
                    .until(() -> actuator.themes(story.toString()) == null && records.size(STORIES + ".dlt") == 0);
        } finally {
            KEY_ENDPOINT.down(false);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> List.of("ACCESS").equals(actuator.themes(story.toString())));
        assertNothingDeadLettered();
    }

    private void assertHealthNamesMongoDownButKeepsThePodAlive() throws Exception {
        HttpResponse<String> health = actuator.get("/actuator/health", "admin");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(JsonPath.<String>read(health.body(), "$.components.mongo.status")).isEqualTo("DOWN");
        assertThat(JsonPath.<String>read(health.body(), "$.components.kafka.status")).isEqualTo("UP");
        assertThat(actuator.get("/actuator/health/readiness", "admin").statusCode()).isEqualTo(503);
        assertThat(actuator.get("/actuator/health/liveness", "admin").statusCode()).isEqualTo(200);
    }

    private void assertNothingDeadLettered() throws Exception {
        assertThat(records.size(STORIES + ".dlt")).isZero();
        assertThat(actuator.parkedAggregates()).isEmpty();
        assertThat(meters.find("chorus.projection.errors").counter()).isNull();
    }

    private void published(StoryId story) {
        records.publish(STORIES, "Story", story.toString(), Stories.submitted(story), 0);
        records.publish(STORIES, "Story", story.toString(),
                Stories.approved(story, KEYS.seal("published-" + story, "Waiting for a midwife", "Nine hours.")), 1);
    }
}
