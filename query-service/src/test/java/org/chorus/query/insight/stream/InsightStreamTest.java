package org.chorus.query.insight.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.story.StoryFields;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.Stories;
import org.chorus.query.testsupport.TestKeys;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The stream over real HTTP, against the Mongo wire server; stories are projected directly, Kafka stays idle. */
@Import(TestKeys.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.listener.auto-startup=false", "chorus.insight.stream.poll=100ms",
        "chorus.insight.stream.heartbeat=1s"})
@ActiveProfiles("local")
class InsightStreamTest {
    static final KeyRing KEYS = TestKeys.RING;
    static final Duration QUIET = Duration.ofMillis(1500);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", MongoWire::uri);
        registry.add("chorus.mongo.database", () -> "insight-stream");
    }


    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    StoryProjection projection;

    final HttpClient http = HttpClient.newHttpClient();
    final List<Stream> streams = new ArrayList<>();
    Instant clock = Instant.now();

    @BeforeEach
    void emptyReadModel() {
        database.getCollection(StoryFields.COLLECTION).drop();
    }

    @AfterEach
    void closeStreams() throws IOException {
        for (Stream stream : streams) {
            stream.close();
        }
    }

    @Test
    void sendsOnlyStoriesApprovedAfterOpeningThatMatchTheFilter() throws Exception {
        approve("Approved before we listened", "LEWISHAM");
        Stream stream = open("place=LEWISHAM", null);

        StoryId first = approve("Midwife was kind", "LEWISHAM");
        approve("Long wait at the GP", "BROMLEY");
        StoryId second = approve("Clinic moved", "LEWISHAM");

        Event one = stream.next();
        assertThat(one.name()).isEqualTo("story");
        assertThat(one.data()).contains("\"id\":\"" + first + "\"").contains("\"title\":\"Midwife was kind\"");
        assertThat(one.id()).isNotBlank();
        Event two = stream.next();
        assertThat(two.data()).contains("\"id\":\"" + second + "\"").contains("\"title\":\"Clinic moved\"");
        assertThat(stream.nextWithin(QUIET)).isNull();
        assertThat(stream.sawHeartbeat()).isTrue();
    }

    @Test
    void reconnectingWithLastEventIdResumesAfterItWithoutGapsOrRepeats() throws Exception {
        Stream first = open("", null);
        StoryId seen = approve("Seen before the drop", "LEWISHAM");
        Event last = first.next();
        assertThat(last.data()).contains(seen.toString());
        first.close();

        StoryId missedOne = approve("Approved while away", "BROMLEY");
        StoryId missedTwo = approve("Also while away", "LEWISHAM");
        Stream again = open("", last.id());
        assertThat(again.next().data()).contains(missedOne.toString()).contains("Approved while away");
        assertThat(again.next().data()).contains(missedTwo.toString());
        StoryId live = approve("Live again", "LEWISHAM");
        assertThat(again.next().data()).contains(live.toString());
        assertThat(again.nextWithin(QUIET)).isNull();
    }

    @Test
    void answersWhoMayListenAndRefusesBadFilters() throws Exception {
        assertThat(status("", null, null)).isEqualTo(401);
        assertThat(status("", "lead:lead-local", null)).isEqualTo(403);
        assertThat(status("theme=access", "analyst:analyst-local", null)).isEqualTo(400);
        assertThat(status("feeling=HAPPY", "analyst:analyst-local", null)).isEqualTo(400);
        assertThat(status("", "analyst:analyst-local", "not-an-event-id")).isEqualTo(400);
        assertThat(body("feeling=HAPPY&place=lewisham")).contains("feeling").contains("place");
    }

    private String body(String query) throws Exception {
        return http.send(request(query, "analyst:analyst-local", null).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private StoryId approve(String title, String place) {
        StoryId id = StoryId.random();
        clock = clock.plusMillis(10);
        projection.apply(Stories.submitted(id, place, Feeling.MIXED, null), 0, clock);
        projection.apply(Stories.approved(id, KEYS.seal("key-" + id, title, "Words of " + title)), 1, clock);
        return id;
    }

    private int status(String query, @Nullable String user, @Nullable String lastEventId) throws Exception {
        HttpResponse<String> response = http.send(request(query, user, lastEventId).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    private Stream open(String query, @Nullable String lastEventId) throws Exception {
        HttpResponse<InputStream> response = http.send(request(query, "analyst:analyst-local", lastEventId).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        Stream stream = new Stream(response.body());
        streams.add(stream);
        return stream;
    }

    private HttpRequest.Builder request(String query, @Nullable String user, @Nullable String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/insights/stream?" + query))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return request;
    }

    record Event(@Nullable String name, @Nullable String id, String data) {
    }

    /** Reads server-sent events line by line on its own thread. */
    static final class Stream {
        private final InputStream body;
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private volatile boolean heartbeat;
        private volatile boolean ended;

        Stream(InputStream body) {
            this.body = body;
            Thread reader = new Thread(this::read, "sse-test-reader");
            reader.setDaemon(true);
            reader.start();
        }

        Event next() throws InterruptedException {
            Event event = nextWithin(Duration.ofSeconds(10));
            assertThat(event).as("an event within 10 s").isNotNull();
            return event;
        }

        @Nullable Event nextWithin(Duration wait) throws InterruptedException {
            return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        }

        boolean ended() {
            return ended;
        }

        boolean sawHeartbeat() {
            return heartbeat;
        }

        void close() throws IOException {
            body.close();
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String name = null;
                String id = null;
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            events.add(new Event(name, id, data.toString()));
                        }
                        name = null;
                        id = null;
                        data.setLength(0);
                    } else if (line.startsWith(":")) {
                        heartbeat |= line.contains("keep-alive");
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    }
                }
                ended = true;
            } catch (IOException e) {
                // closed by the test
            }
        }
    }
}
