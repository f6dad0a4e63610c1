package org.chorus.query.insight.stream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.inc;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.InputStream;
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
import org.bson.Document;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.QueryServiceApplication;
import org.chorus.query.insight.FeedCursor;
import org.chorus.query.insight.stream.InsightStreamTest.Event;
import org.chorus.query.insight.stream.InsightStreamTest.Stream;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.Stories;
import org.chorus.query.testsupport.TestKeys;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The stream follows stories as they arrive, not by approval time: late approvals, redeliveries, resumption, a second
 * instance and a missing arrival number. Real HTTP against the Mongo wire server; stories are projected directly.
 */
@Import(TestKeys.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.listener.auto-startup=false", "chorus.insight.stream.poll=100ms",
        "chorus.insight.stream.heartbeat=1s", "chorus.insight.stream.gap-timeout=3s"})
@ActiveProfiles("local")
class StoryArrivalStreamTest {
    static final KeyRing KEYS = TestKeys.RING;
    static final String DATABASE = "story-arrival-stream";
    static final Duration QUIET = Duration.ofMillis(1500);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", MongoWire::uri);
        registry.add("chorus.mongo.database", () -> DATABASE);
    }


    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    StoryProjection projection;

    final HttpClient http = HttpClient.newHttpClient();
    final List<Stream> streams = new ArrayList<>();

    @AfterEach
    void closeStreams() throws IOException {
        for (Stream stream : streams) {
            stream.close();
        }
    }

    @Test
    void aStoryApprovedEarlierThanOneAlreadyStreamedStillArrives() throws Exception {
        Stream stream = open(port, "", null);
        StoryId recent = approve("Approved just now", Instant.now());
        assertThat(stream.next().data()).contains(recent.toString());

        // its approval was committed an hour ago, but a lagging partition projects it only now
        StoryId late = approve("Approved an hour ago", Instant.now().minus(Duration.ofHours(1)));
        Event event = stream.next();
        assertThat(event.data()).contains(late.toString()).contains("Approved an hour ago");
        assertThat(stream.nextWithin(QUIET)).isNull();
    }

    @Test
    void aRedeliveredApprovalIsNotStreamedTwice() throws Exception {
        Stream stream = open(port, "", null);
        StoryId id = StoryId.random();
        Instant at = Instant.now();
        projection.apply(Stories.submitted(id), 0, at);
        var approved = Stories.approved(id, KEYS.seal("key-" + id, "Told once", "Words"));
        projection.apply(approved, 1, at);
        assertThat(stream.next().data()).contains(id.toString());

        // the broker hands the approval over again after a consumer restart, and a later event settles too
        assertThat(projection.apply(approved, 1, at)).isFalse();
        projection.apply(Stories.coded(id, List.of("ACCESS"), List.of()), 2, at);
        assertThat(stream.nextWithin(QUIET)).isNull();
    }

    @Test
    void aStoryHiddenAndShownAgainArrivesAgainButNotWhileHidden() throws Exception {
        Stream stream = open(port, "", null);
        StoryId id = approve("Consent comes and goes", Instant.now());
        Event first = stream.next();
        assertThat(first.data()).contains(id.toString());

        projection.apply(Stories.consent(id, false), 2, Instant.now());
        assertThat(stream.nextWithin(QUIET)).isNull();
        projection.apply(Stories.consent(id, true), 3, Instant.now());
        Event again = stream.next();
        assertThat(again.data()).contains(id.toString());
        assertThat(Long.parseLong(again.id())).isGreaterThan(Long.parseLong(first.id()));
    }

    @Test
    void resumingWithLastEventIdContinuesWithoutLossOrRepeatsLateApprovalsIncluded() throws Exception {
        Stream first = open(port, "place=LEWISHAM", null);
        StoryId seen = approve("Seen before the drop", Instant.now());
        Event last = first.next();
        assertThat(last.data()).contains(seen.toString());
        first.close();

        StoryId away = approve("Approved while away", Instant.now());
        StoryId lateWhileAway = approve("Projected late while away", Instant.now().minus(Duration.ofDays(2)));
        Stream again = open(port, "place=LEWISHAM", last.id());
        assertThat(again.next().data()).contains(away.toString());
        assertThat(again.next().data()).contains(lateWhileAway.toString());
        StoryId live = approve("Live again", Instant.now());
        assertThat(again.next().data()).contains(live.toString());
        assertThat(again.nextWithin(QUIET)).isNull();
    }

    @Test
    void aFeedCursorFromBeforeArrivalNumbersIsStillAcceptedAsLastEventId() throws Exception {
        Instant approvedAt = Instant.now();
        StoryId seen = approve("Seen under the old ids", approvedAt);
        StoryId after = approve("After it", Instant.now());
        String oldId = new FeedCursor(approvedAt, seen.toString()).encode();

        Stream stream = open(port, "", oldId);
        assertThat(stream.next().data()).contains(after.toString());
        assertThat(stream.nextWithin(QUIET)).isNull();
    }

    @Test
    void wordsMatchAsTheFeedFindsThemStemmedNotAsSubstrings() throws Exception {
        Stream stream = open(port, "q=wait", null);
        StoryId stemmed = approve("We waited for hours", Instant.now());
        StoryId substring = approve("Still awaiting a reply", Instant.now());
        StoryId other = approve("Kind nurses", Instant.now());

        Event event = stream.next();
        assertThat(event.data()).contains(stemmed.toString());
        assertThat(stream.nextWithin(QUIET)).isNull();
        String feed = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/insights/feed?q=wait&limit=100"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("analyst:analyst-local".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(feed).contains(stemmed.toString()).doesNotContain(substring.toString())
                .doesNotContain(other.toString());
    }

    @Test
    void twoInstancesOverTheSameStoreBothSeeAStoryOneOfThemProjected() throws Exception {
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(QueryServiceApplication.class)
                .profiles("local")
                .run("--server.port=0", "--spring.kafka.listener.auto-startup=false",
                        "--chorus.insight.stream.poll=100ms", "--chorus.mongo.uri=" + MongoWire.uri(),
                        "--chorus.mongo.database=" + DATABASE)) {
            int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
            Stream here = open(port, "", null);
            Stream there = open(otherPort, "", null);

            StoryId id = approve("Seen by every instance", Instant.now());
            Event seenHere = here.next();
            Event seenThere = there.next();
            assertThat(seenHere.data()).contains(id.toString());
            assertThat(seenThere.data()).contains(id.toString()).contains("Seen by every instance");
            assertThat(seenThere.id()).isEqualTo(seenHere.id());
        }
    }

    @Test
    void aMissingArrivalHoldsBackLaterOnesUntilTheGapTimeoutThenTheyFlow() throws Exception {
        Stream stream = open(port, "", null);
        // a consumer took a number and crashed before writing its arrival
        takeANumber();
        long start = System.nanoTime();
        StoryId after = approve("Behind a gap", Instant.now());

        assertThat(stream.nextWithin(QUIET)).as("held back behind the gap").isNull();
        Event event = stream.next();
        assertThat(event.data()).contains(after.toString());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aGapFilledBeforeItsTimeoutDeliversBothInArrivalOrder() throws Exception {
        StoryId slow = approve("Written slowly", Instant.now());
        Stream stream = open(port, "", null);
        // a consumer took a number and is still writing its arrival when another story arrives
        long taken = takeANumber();
        StoryId quick = approve("Written quickly", Instant.now());
        assertThat(stream.nextWithin(Duration.ofMillis(500))).isNull();
        database.getCollection("story_arrivals").insertOne(new Document("_id", taken)
                .append("storyId", slow.toString()));

        Event first = stream.next();
        Event second = stream.next();
        assertThat(first.data()).contains(slow.toString());
        assertThat(first.id()).isEqualTo(Long.toString(taken));
        assertThat(second.data()).contains(quick.toString());
    }

    private long takeANumber() {
        return database.getCollection("story_arrival_counter")
                .findOneAndUpdate(eq("_id", "arrivals"), inc("last", 1L),
                        new com.mongodb.client.model.FindOneAndUpdateOptions()
                                .returnDocument(com.mongodb.client.model.ReturnDocument.AFTER))
                .get("last", Number.class).longValue();
    }

    private StoryId approve(String title, Instant at) {
        StoryId id = StoryId.random();
        projection.apply(Stories.submitted(id, "LEWISHAM", Feeling.MIXED, null), 0, at);
        projection.apply(Stories.approved(id, KEYS.seal("key-" + id, title, "Words of " + title)), 1, at);
        return id;
    }

    private Stream open(int port, String query, @Nullable String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/insights/stream?" + query))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("analyst:analyst-local".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        Stream stream = new Stream(response.body());
        streams.add(stream);
        return stream;
    }
}
