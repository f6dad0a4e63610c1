package org.chorus.query.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.chorus.kernel.event.Topics;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.testsupport.EventRecord;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.KeyServer;
import org.chorus.query.testsupport.ReadSideEndToEnd;
import org.chorus.query.testsupport.ReadSideEngines;
import org.chorus.query.testsupport.SignedIn;
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
 * What an operator watches, on the real broker and wire server: the engines in the open health endpoint, and the
 * consumer lag per partition in the Prometheus scrape, measured against the positions the read models applied.
 */
@ReadSideEndToEnd(topics = Topics.STORY_EVENTS, properties = "chorus.consumer.lag-every=200ms")
class OperatorSignalsEndToEndTest {
    static final KeyRing KEYS = new KeyRing();
    @AutoClose
    static final KeyServer KEY_SERVER = new KeyServer(KEYS, ReadSideEngines.INTERNAL_PASSWORD);
    static final Pattern LAG = Pattern.compile("^chorus_consumer_lag\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);
    static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        ReadSideEngines.register(registry, "operator-signals", KEY_SERVER::url);
    }

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    ConsumerPositions positions;

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void connect() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    @Test
    void anyoneSeesEachEngineUpButNoDetailsAndLivenessDependsOnNoEngine() throws Exception {
        HttpResponse<String> health = anonymous("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(health.body(), "$.components.mongo.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(health.body(), "$.components.kafka.status")).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("details", "clusterId");
        assertThat(JsonPath.<Map<String, Object>>read(anonymous("/actuator/health/liveness").body(), "$.components"))
                .containsOnlyKeys("livenessState");
        assertThat(JsonPath.<Map<String, Object>>read(anonymous("/actuator/health/readiness").body(), "$.components"))
                .containsOnlyKeys("readinessState", "mongo");
    }

    @Test
    void consumerLagPerPartitionIsWhatThePartitionHoldsBeyondTheAppliedPosition() throws Exception {
        RecordMetadata first = publishNewStory();
        await().atMost(Duration.ofSeconds(60)).until(() -> positions.all().containsKey(partitionOf(first)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Double.valueOf(0).equals(storyLags().get(first.partition())));

        MessageListenerContainer consumer = listeners.getListenerContainer(EventListeners.STORIES);
        consumer.stop();
        try {
            RecordMetadata held = publishNewStory();
            publishNewStory();
            publishNewStory();
            await().atMost(Duration.ofSeconds(30)).until(() -> sum(storyLags()) == 3);
            assertThat(storyLags().get(held.partition())).isPositive();
        } finally {
            consumer.start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> sum(storyLags()) == 0);
        assertThat(storyLags().keySet()).isEqualTo(Set.of(0, 1));
    }

    private RecordMetadata publishNewStory() throws Exception {
        StoryId id = StoryId.random();
        return producer.send(EventRecord.of(Topics.STORY_EVENTS, "Story", id.toString(), Stories.submitted(id), 0,
                Instant.now())).get();
    }

    private static TopicPartition partitionOf(RecordMetadata record) {
        return new TopicPartition(record.topic(), record.partition());
    }

    /** The story topic's lag by partition, as the Prometheus scrape shows it to an administrator. */
    private Map<Integer, Double> storyLags() throws Exception {
        HttpResponse<String> scrape = new SignedIn(port).get("/actuator/prometheus", "admin");
        assertThat(scrape.statusCode()).isEqualTo(200);
        Map<Integer, Double> lags = new HashMap<>();
        Matcher line = LAG.matcher(scrape.body());
        while (line.find()) {
            Map<String, String> labels = new HashMap<>();
            Matcher label = LABEL.matcher(line.group(1));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
            if (Topics.STORY_EVENTS.equals(labels.get("topic"))) {
                lags.put(Integer.parseInt(labels.get("partition")), Double.parseDouble(line.group(2)));
            }
        }
        return lags;
    }

    private static double sum(Map<Integer, Double> lags) {
        return lags.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
