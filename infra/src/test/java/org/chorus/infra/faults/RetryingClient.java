package org.chorus.infra.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client as a real one behaves: every POST carries an {@code Idempotency-Key}, and a request that gets no answer
 * (refused or reset while the service is dead, or a 5xx) is sent again with the same key and body until one comes.
 */
final class RetryingClient {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration PAUSE = Duration.ofMillis(250);
  private static final Duration GIVE_UP = Duration.ofMinutes(5);

  /** A final answer: any status a retry would not change. */
  record Answer(int status, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();
  private final URI base;
  private final AtomicLong retries = new AtomicLong();

  RetryingClient(URI base) {
    this.base = base;
  }

  long retries() {
    return retries.get();
  }

  Answer post(String user, String path, String key, Object body) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", key)
        .header("Authorization", basic(user))
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
        .build();
    return untilAnswered(request);
  }

  Answer get(String user, String path) throws InterruptedException {
    return untilAnswered(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", basic(user)).GET().build());
  }

  private Answer untilAnswered(HttpRequest request) throws InterruptedException {
    long deadline = System.nanoTime() + GIVE_UP.toNanos();
    String last = "no attempt";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() < 500) {
          return new Answer(response.statusCode(), response.body());
        }
        last = "HTTP " + response.statusCode();
      } catch (IOException e) {
        last = e.toString();
      }
      retries.incrementAndGet();
      Thread.sleep(PAUSE.toMillis());
    }
    throw new IllegalStateException(request.method() + " " + request.uri() + " got no answer within "
        + GIVE_UP.toMinutes() + " min (last: " + last + ")");
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-local").getBytes(StandardCharsets.UTF_8));
  }
}
