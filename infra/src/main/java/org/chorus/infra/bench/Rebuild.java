package org.chorus.infra.bench;

import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Times a read-model rebuild: {@code POST /actuator/rebuild} as the admin (body {@code {}}), then
 * {@code GET /actuator/rebuild} every second until it is no longer {@code RUNNING}. The rate is the events applied
 * over the wall-clock time from the POST to the last poll that saw it finished, beside the rate the endpoint reports.
 */
final class Rebuild {

  /** What the rebuild did. */
  record Result(String state, long events, double seconds, double eventsPerSecond, double reportedEventsPerSecond) {
  }

  private final Api query;
  private final Progress progress;

  Rebuild(Api query, Progress progress) {
    this.query = query;
    this.progress = progress;
  }

  Result run(Duration timeout) throws Exception {
    long start = System.nanoTime();
    Api.Answer started = query.postNow("admin", "/actuator/rebuild", Map.of());
    if (started.status() >= 300) {
      throw new IllegalStateException("POST /actuator/rebuild answered " + started.status() + ": " + started.body());
    }
    JsonNode status = query.getNow("admin", "/actuator/rebuild").json();
    while (status.get("state").asString().equals("RUNNING") && System.nanoTime() - start < timeout.toNanos()) {
      Thread.sleep(1000);
      status = query.getNow("admin", "/actuator/rebuild").json();
      JsonNode now = status;
      progress.every(Duration.ofSeconds(5), () -> String.format("rebuild: %,d of %,d events (%,.0f/s)",
          now.get("applied").asLong(), now.get("total").asLong(), now.get("eventsPerSecond").asDouble()));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long events = status.get("applied").asLong();
    return new Result(status.get("state").asString(), events, seconds, events / seconds,
        status.get("eventsPerSecond").asDouble());
  }
}
