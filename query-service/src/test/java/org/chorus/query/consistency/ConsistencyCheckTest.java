package org.chorus.query.consistency;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.bson.Document;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.CodebookRevisedEvent;
import org.chorus.kernel.codebook.Theme;
import org.chorus.kernel.event.Topics;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.testsupport.Campaigns;
import org.chorus.query.testsupport.ReadSideEndToEnd;
import org.chorus.query.testsupport.ReadSideEngines;
import org.chorus.query.testsupport.ScriptedSession;
import org.chorus.query.testsupport.SignedIn;
import org.chorus.query.testsupport.Stories;
import org.chorus.query.testsupport.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The consistency check and repair over a real broker and wire server, with command-service played by a fake that
 * stores the events the test commits and publishes them to the broker (or loses them). Every test leaves everything
 * in line, so each can also require that nothing else differs.
 */
@Import(TestKeys.class)
@ReadSideEndToEnd(topics = {Topics.STORY_EVENTS, Topics.SESSION_EVENTS, Topics.CHAMPION_EVENTS,
        Topics.CAMPAIGN_EVENTS, Topics.CODEBOOK_EVENTS},
        properties = {"chorus.consistency.publish-grace=PT1S", "chorus.consistency.repair-wait=PT30S"})
class ConsistencyCheckTest {
    static final FakeCommandService COMMAND = new FakeCommandService(ReadSideEngines.INTERNAL_PASSWORD);
    private static final Duration SETTLE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        ReadSideEngines.register(registry, "consistency", COMMAND::url);
    }

    @AfterAll
    static void stopCommandService() {
        COMMAND.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    MongoDatabase database;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    MeterRegistry meters;

    private SignedIn http;

    @BeforeEach
    void connect() {
        http = new SignedIn(port);
        COMMAND.connect(broker.getBrokersAsString());
    }

    @Test
    void everyAggregateInLineMeansNoDifferences() throws Exception {
        String story = approvedStory();
        ScriptedSession session = new ScriptedSession(TestKeys.RING);
        for (Object event : session.events()) {
            COMMAND.commit("CoDesignSession", session.id.toString(), event);
        }
        UUID champion = UUID.randomUUID();
        UUID campaign = UUID.randomUUID();
        COMMAND.commit("Champion", champion.toString(), Campaigns.registered(champion, "Amina Yusuf", "champion"));
        COMMAND.commit("OutreachCampaign", campaign.toString(), Campaigns.launched(campaign, 600));
        COMMAND.commit("OutreachCampaign", campaign.toString(), Campaigns.enrolled(campaign, champion, "champion"));
        Theme access = new Theme(new ThemeCode("ACCESS"), "Access to care", List.of("appointment"), false);
        COMMAND.commit("Codebook", "codebook", new CodebookRevisedEvent(1, List.of(access), "configuration"));

        String check = awaitNothingPending();

        assertThat(JsonPath.<List<Object>>read(check, "$.differences")).isEmpty();
        assertThat(JsonPath.<Integer>read(check, "$.aggregates")).isGreaterThanOrEqualTo(5);
        assertThat(JsonPath.<String>read(check, "$.checkedAt")).isNotBlank();
        assertThat(gauge()).isZero();
        assertThat(database.getCollection("stories").find(eq("_id", story)).first().get("lastSequence"))
                .isEqualTo(2L);
    }

    @Test
    void anEventTheTopicLacksIsADifferenceUntilTheRepairRepublishesIt() throws Exception {
        StoryId id = StoryId.random();
        COMMAND.commit("Story", id.toString(), Stories.submitted(id));
        COMMAND.commit("Story", id.toString(),
                Stories.approved(id, TestKeys.RING.seal("published-" + id, "Waiting for a midwife", "Nine hours.")));
        COMMAND.commitUnpublished("Story", id.toString(), Stories.coded(id, List.of("ACCESS"), List.of()));
        awaitNothingPending();

        String check = get();
        assertThat(JsonPath.<List<Object>>read(check, "$.differences")).hasSize(1);
        assertThat(JsonPath.<Map<String, Object>>read(check, "$.differences[0]")).isEqualTo(Map.of(
                "aggregateType", "Story", "aggregateId", id.toString(), "eventStore", 2, "kafka", 1,
                "readModels", Map.of("stories", 1, "story_counted", 1, "story_arrival_marks", 1,
                        "equality_profiles", 1, "search_index", 1)));
        assertThat(gauge()).isEqualTo(1);

        String repair = post();
        assertThat(JsonPath.<List<Map<String, Object>>>read(repair, "$.repaired"))
                .containsExactly(Map.of("aggregateId", id.toString(), "fromSequence", 2, "republished", 1));
        assertThat(JsonPath.<List<Object>>read(repair, "$.differences")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(repair, "$.pending")).isEmpty();
        assertThat(database.getCollection("stories").find(eq("_id", id.toString())).first().getList("themes",
                String.class)).containsExactly("ACCESS");
        assertThat(gauge()).isZero();
    }

    @Test
    void readModelsBehindAreFoundAndReprojected() throws Exception {
        String rolledBack = approvedStory();
        String uncounted = approvedStory();
        String unmarked = approvedStory();
        awaitNothingPending();
        database.getCollection("stories").updateOne(eq("_id", rolledBack), set("lastSequence", 1L));
        database.getCollection("story_counted").deleteOne(eq("_id", uncounted));
        database.getCollection("story_arrival_marks").deleteOne(eq("_id", unmarked));

        String check = get();
        assertThat(JsonPath.<List<String>>read(check, "$.differences[*].aggregateId"))
                .containsExactlyInAnyOrder(rolledBack, uncounted, unmarked);
        assertThat(readModels(check, rolledBack)).containsEntry("stories", 1).containsEntry("story_counted", 1);
        assertThat(readModels(check, uncounted)).containsEntry("stories", 2).containsEntry("story_counted", null)
                .containsEntry("story_arrival_marks", 2);
        assertThat(readModels(check, unmarked)).containsEntry("story_counted", 2)
                .containsEntry("story_arrival_marks", null);
        assertThat(gauge()).isEqualTo(3);

        String repair = post();
        assertThat(JsonPath.<List<Map<String, Object>>>read(repair, "$.repaired")).containsExactlyInAnyOrder(
                Map.of("aggregateId", rolledBack, "fromSequence", 2, "republished", 1),
                Map.of("aggregateId", uncounted, "fromSequence", 2, "republished", 1),
                Map.of("aggregateId", unmarked, "fromSequence", 2, "republished", 1));
        assertThat(JsonPath.<List<Object>>read(repair, "$.differences")).isEmpty();
        assertThat(database.getCollection("story_counted").find(eq("_id", uncounted)).first()).isNotNull();
        assertThat(database.getCollection("story_arrival_marks").find(eq("_id", unmarked)).first()
                .getBoolean("visible")).isTrue();
        assertThat(gauge()).isZero();
    }

    @Test
    void aParkedAggregateIsListedApartFromTheDifferences() throws Exception {
        String held = approvedStory();
        awaitNothingPending();
        database.getCollection("stories").updateOne(eq("_id", held), set("lastSequence", 1L));
        database.getCollection("parked_aggregates").insertOne(new Document("_id", held)
                .append("topic", "chorus.story.events").append("reason", "held for the test").append("entries",
                        new Document()));
        try {
            String check = get();
            assertThat(JsonPath.<List<Object>>read(check, "$.differences")).isEmpty();
            assertThat(JsonPath.<List<String>>read(check, "$.parked[*].aggregateId")).containsExactly(held);
            assertThat(JsonPath.<Integer>read(check, "$.parked[0].readModels.stories")).isEqualTo(1);
            assertThat(gauge()).isZero();
        } finally {
            database.getCollection("parked_aggregates").deleteOne(eq("_id", held));
        }
        assertThat(JsonPath.<List<String>>read(get(), "$.differences[*].aggregateId")).containsExactly(held);
        assertThat(JsonPath.<List<Object>>read(post(), "$.differences")).isEmpty();
    }

    @Test
    void recordsTheConsumersHaveNotReachedArePendingNotDifferences() throws Exception {
        awaitNothingPending();
        MessageListenerContainer stories = listeners.getListenerContainer("story-events");
        stories.stop();
        String waiting;
        try {
            waiting = approvedStory();
            String check = get();
            assertThat(JsonPath.<List<Object>>read(check, "$.differences")).isEmpty();
            assertThat(JsonPath.<List<String>>read(check, "$.pending[*].aggregateId")).containsExactly(waiting);
            assertThat(JsonPath.<Integer>read(check, "$.pending[0].kafka")).isEqualTo(2);
            assertThat(gauge()).isZero();
        } finally {
            stories.start();
        }
        String settled = awaitNothingPending();
        assertThat(JsonPath.<List<Object>>read(settled, "$.differences")).isEmpty();
    }

    @Test
    void checksWhileEventsFlowFindNoDifferences() throws Exception {
        awaitNothingPending();
        List<String> committed = new CopyOnWriteArrayList<>();
        Thread load = new Thread(() -> {
            for (int i = 0; i < 60; i++) {
                committed.add(approvedStory());
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        });
        load.start();
        List<String> checks = new ArrayList<>();
        while (load.isAlive() || checks.size() < 3) {
            checks.add(get());
        }
        load.join();
        assertThat(committed).hasSize(60);
        assertThat(checks).anySatisfy(check -> assertThat(JsonPath.<List<Object>>read(check, "$.pending"))
                .isNotEmpty());
        assertThat(checks).allSatisfy(check -> assertThat(JsonPath.<List<Object>>read(check, "$.differences"))
                .as(check).isEmpty());
        assertThat(JsonPath.<List<Object>>read(awaitNothingPending(), "$.differences")).isEmpty();
    }

    @Test
    void anAggregateOnlyTheTopicHoldsIsADifferenceNoRepublishCanFix() throws Exception {
        UUID champion = UUID.randomUUID();
        Object registered = Campaigns.registered(champion, "Ben Okafor", "ben");
        COMMAND.publishOnly("Champion", champion.toString(), 0, registered);
        awaitNothingPending();

        String repair = post();
        assertThat(JsonPath.<List<Object>>read(repair, "$.repaired")).isEmpty();
        assertThat(JsonPath.<List<String>>read(repair, "$.differences[*].aggregateId"))
                .containsExactly(champion.toString());
        Map<String, Object> difference = JsonPath.read(repair, "$.differences[0]");
        assertThat(difference).containsEntry("aggregateType", "Champion").containsEntry("eventStore", null)
                .containsEntry("kafka", 0).containsEntry("readModels", Map.of("champions", 0));

        // the event store holding it after all (restored from a later backup) puts it back in line
        COMMAND.commitUnpublished("Champion", champion.toString(), registered);
        assertThat(JsonPath.<List<Object>>read(get(), "$.differences")).isEmpty();
    }

    @Test
    void onlyAdminsMayCheckOrRepair() throws Exception {
        assertThat(call("GET", "analyst").statusCode()).isEqualTo(403);
        assertThat(call("POST", "analyst").statusCode()).isEqualTo(403);
    }

    private String approvedStory() {
        StoryId id = StoryId.random();
        COMMAND.commit("Story", id.toString(), Stories.submitted(id));
        COMMAND.commit("Story", id.toString(),
                Stories.approved(id, TestKeys.RING.seal("published-" + id, "Waiting for a midwife", "Nine hours.")));
        COMMAND.commit("Story", id.toString(), Stories.coded(id, List.of("ACCESS", "MATERNITY"), List.of()));
        return id.toString();
    }

    private String awaitNothingPending() throws Exception {
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(500))
                .until(() -> JsonPath.<List<Object>>read(get(), "$.pending").isEmpty());
        return get();
    }

    private static Map<String, Object> readModels(String check, String aggregateId) {
        List<Map<String, Object>> found = JsonPath.read(check,
                "$.differences[?(@.aggregateId == '" + aggregateId + "')].readModels");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private double gauge() {
        return meters.get("chorus.consistency.differences").gauge().value();
    }

    private String get() throws Exception {
        HttpResponse<String> response = call("GET", "admin");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private String post() throws Exception {
        HttpResponse<String> response = call("POST", "admin");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> call(String method, String user) throws Exception {
        return http.send(http.request("/actuator/consistency", user)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }
}
