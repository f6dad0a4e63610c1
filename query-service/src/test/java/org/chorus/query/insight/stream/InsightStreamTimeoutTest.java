package org.chorus.query.insight.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.chorus.query.testsupport.MongoWire;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.listener.auto-startup=false", "chorus.insight.stream.timeout=3s",
        "chorus.insight.stream.max-open=1"})
@ActiveProfiles("local")
class InsightStreamTimeoutTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", MongoWire::uri);
        registry.add("chorus.mongo.database", () -> "insight-stream-timeout");
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void refusesStreamsBeyondTheCapAndEndsAStreamAtItsTimeout() throws Exception {
        HttpResponse<InputStream> first = http.send(request(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(first.statusCode()).isEqualTo(200);
        InsightStreamTest.Stream stream = new InsightStreamTest.Stream(first.body());

        HttpResponse<String> second = http.send(request(), HttpResponse.BodyHandlers.ofString());
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(second.headers().firstValue("Retry-After")).isPresent();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!stream.ended() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(stream.ended()).as("the stream ended after its timeout").isTrue();
        // the timed-out stream freed its place
        deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int status = 0;
        while (status != 200 && System.nanoTime() < deadline) {
            HttpResponse<InputStream> again = http.send(request(), HttpResponse.BodyHandlers.ofInputStream());
            status = again.statusCode();
            again.body().close();
        }
        assertThat(status).isEqualTo(200);
    }

    private HttpRequest request() {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/insights/stream"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("analyst:analyst-local".getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30))
                .build();
    }
}
