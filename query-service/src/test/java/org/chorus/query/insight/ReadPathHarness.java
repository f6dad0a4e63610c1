package org.chorus.query.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import org.bson.BsonString;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.CodebookRevisedEvent;
import org.chorus.kernel.codebook.Theme;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.codebook.CodebookProjection;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.Stories;
import org.chorus.query.testsupport.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Measures, does not gate: projects {@code chorus.harness.stories} approved, coded stories (default 3,000) through
 * the real story projection, then calls the feed, the feed's next page, word search and the themes report through
 * HTTP as the analyst, one request at a time, and prints per kind: requests/s, p50/p99 latency, CPU per request (the
 * whole process, client and wire server included, and the server's request threads alone) and Mongo commands per
 * request. It asserts only that the answers are right. Not part of the suite (its name ends in Harness); run it on
 * its own: {@code mvn -B -o -pl query-service -am verify -Dtest=ReadPathHarness
 * -Dsurefire.failIfNoSpecifiedTests=false}, optionally with
 * {@code -DargLine=-XX:StartFlightRecording=filename=read.jfr,settings=profile}.
 */
@Import(TestKeys.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.listener.auto-startup=false")
@ActiveProfiles("local")
@DirtiesContext
class ReadPathHarness {
    static final KeyRing KEYS = TestKeys.RING;
    private static final int STORIES = Integer.getInteger("chorus.harness.stories", 3_000);
    private static final int REQUESTS = Integer.getInteger("chorus.harness.requests", 2_000);
    private static final List<String> WORDS = List.of("waiting", "appointment", "referral", "interpreter", "damp",
            "mould", "midwife", "pharmacy", "receptionist", "lonely", "online", "letter", "trust", "rent", "heating",
            "clinic");
    private static final List<String> PLACES = List.of("LEWISHAM", "SOUTHWARK");
    private static final List<String> THEMES = List.of("ACCESS", "TRUST", "HOUSING");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", MongoWire::uri);
        registry.add("chorus.mongo.database", () -> "read-path-" + UUID.randomUUID());
    }

    /** Counts the Mongo commands sent from request threads, by command and collection. */
    @TestConfiguration
    static class RoundTrips {
        static final Map<String, LongAdder> REQUESTS = new ConcurrentHashMap<>();

        @Bean
        CommandListener requestRoundTrips() {
            return new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (Thread.currentThread().getName().startsWith("http-nio")) {
                        String collection = event.getCommand().get(event.getCommandName()) instanceof BsonString name
                                ? name.getValue() : "";
                        REQUESTS.computeIfAbsent(event.getCommandName() + " " + collection, key -> new LongAdder())
                                .increment();
                    }
                }
            };
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    StoryProjection projection;
    @Autowired
    CodebookProjection codebook;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readPath() throws Exception {
        codebook.apply(new CodebookRevisedEvent(1, THEMES.stream()
                .map(code -> new Theme(new ThemeCode(code), code, List.of(), false)).toList(), "configuration"));
        Random random = new Random(8);
        long start = System.nanoTime();
        Instant first = Instant.parse("2026-01-01T09:00:00Z");
        for (int i = 0; i < STORIES; i++) {
            StoryId id = StoryId.random();
            String place = PLACES.get(random.nextInt(PLACES.size()));
            projection.apply(Stories.submitted(id, place, Feeling.values()[random.nextInt(3)], null), 0, first);
            StringBuilder narrative = new StringBuilder("We went about");
            for (int w = 0; w < 12; w++) {
                narrative.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
            }
            projection.apply(Stories.approved(id, KEYS.seal("key-" + id, "Visit " + i, narrative + ".")), 1,
                    first.plus(Duration.ofMinutes(97L * i)));
            projection.apply(Stories.coded(id, List.of(THEMES.get(random.nextInt(THEMES.size()))), List.of()), 2,
                    Instant.now());
        }
        System.out.printf("HARNESS projected %d stories in %.1f s%n", STORIES, (System.nanoTime() - start) / 1e9);

        String page = get("/api/v1/insights/feed?limit=20");
        assertThat(JsonPath.<List<String>>read(page, "$.items[*].title")).hasSize(20)
                .first().isEqualTo("Visit " + (STORIES - 1));
        String cursor = JsonPath.read(page, "$.nextCursor");
        assertThat(JsonPath.<List<String>>read(get("/api/v1/insights/feed?limit=20&cursor=" + cursor),
                "$.items[*].title").get(0)).isEqualTo("Visit " + (STORIES - 21));
        String search = get("/api/v1/insights/feed?limit=20&q=midwife");
        assertThat(JsonPath.<List<String>>read(search, "$.items[*].narrative")).hasSize(20)
                .allMatch(text -> text.contains("midwife"));
        List<Integer> counts = JsonPath.read(get("/api/v1/insights/themes"), "$.themes[*].count");
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(STORIES);

        measure("feed", i -> "/api/v1/insights/feed?limit=20");
        measure("feed (cursor)", i -> "/api/v1/insights/feed?limit=20&cursor=" + cursor);
        measure("search q=", i -> "/api/v1/insights/feed?limit=20&q=" + WORDS.get(i % WORDS.size()));
        measure("themes", i -> "/api/v1/insights/themes");
    }

    private void measure(String kind, IntFunction<String> path) throws Exception {
        for (int i = 0; i < REQUESTS / 4; i++) {
            get(path.apply(i));
        }
        RoundTrips.REQUESTS.clear();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] latencies = new long[REQUESTS];
        long cpu = os.getProcessCpuTime();
        long serverCpu = serverCpu();
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            long sent = System.nanoTime();
            get(path.apply(i));
            latencies[i] = System.nanoTime() - sent;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6;
        double serverCpuMs = (serverCpu() - serverCpu) / 1e6;
        Arrays.sort(latencies);
        List<String> trips = new ArrayList<>();
        RoundTrips.REQUESTS.forEach((command, n) -> trips.add(
                String.format("%s %.2f", command, n.sum() / (double) REQUESTS)));
        long total = RoundTrips.REQUESTS.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf("HARNESS %-14s %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  cpu %5.2f ms/req"
                        + " (request threads %5.3f)  mongo %.2f/req %s%n",
                kind, REQUESTS / seconds, latencies[REQUESTS / 2] / 1e6, latencies[REQUESTS * 99 / 100] / 1e6,
                cpuMs / REQUESTS, serverCpuMs / REQUESTS, total / (double) REQUESTS, trips);
    }

    /** CPU time of the server's request threads so far: the service's own work, without client or store. */
    private static long serverCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("http-nio")) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }

    private String get(String path) throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString("analyst:analyst-local".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
