package org.chorus.infra.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The oracle's checks made through query-service's admin endpoints: {@code GET /actuator/consistency} without
 * differences (parked aggregates are listed apart), a fresh {@code POST /actuator/rebuild} whose content hash equals
 * the live one, and {@code GET /actuator/parked} listing exactly the aggregates poison was injected into.
 */
final class AdminEndpoints {
  /**
   * A rebuild replays every event so far, and the store grows through the suite (about 11,700 events by its end under
   * -Pfaults, with the load paced by the clock), so it is given as long as it keeps applying events: it fails when
   * nothing more is applied for {@code REBUILD_STALL} (longer than a poison record's retries hold it) or when it is
   * still running after {@code REBUILD_LIMIT}.
   */
  private static final Duration REBUILD_STALL = Duration.ofMinutes(2);
  private static final Duration REBUILD_LIMIT = Duration.ofMinutes(20);

  private final RetryingClient query;

  AdminEndpoints(RetryingClient query) {
    this.query = query;
  }

  void check(Verdict verdict, Poison poison, boolean rebuild) throws Exception {
    RetryingClient.Answer consistency = query.get("admin", "/actuator/consistency");
    List<String> differences = new ArrayList<>();
    if (consistency.status() != 200) {
      differences.add("GET /actuator/consistency answered " + consistency.status());
    } else {
      consistency.json().get("differences").forEach(difference -> differences.add(difference.toString()));
      Set<String> listedParked = new HashSet<>();
      consistency.json().get("parked").forEach(parked -> listedParked.add(parked.get("aggregateId").asString()));
      if (!listedParked.equals(poison.stillParked())) {
        differences.add("parked " + listedParked + ", still poisoned " + poison.stillParked());
      }
    }
    verdict.check("consistency endpoint: no differences, parked apart", differences);
    if (rebuild) {
      verdict.check("content hash equal to a fresh rebuild", rebuild());
    }
    verdict.check("parked aggregates are the poisoned ones not replayed", parked(poison));
  }

  private List<String> rebuild() throws Exception {
    RetryingClient.Answer started = query.post("admin", "/actuator/rebuild", UUID.randomUUID().toString(), Map.of());
    if (started.status() >= 300) {
      return List.of("POST /actuator/rebuild answered " + started.status() + ": " + started.body());
    }
    long limit = System.nanoTime() + REBUILD_LIMIT.toNanos();
    long stalled = System.nanoTime() + REBUILD_STALL.toNanos();
    long applied = -1;
    JsonNode status = query.get("admin", "/actuator/rebuild").json();
    while (status.get("state").asString().equals("RUNNING") && System.nanoTime() < Math.min(limit, stalled)) {
      Thread.sleep(500);
      status = query.get("admin", "/actuator/rebuild").json();
      if (status.path("applied").asLong() > applied) {
        applied = status.path("applied").asLong();
        stalled = System.nanoTime() + REBUILD_STALL.toNanos();
      }
    }
    if (!status.get("state").asString().equals("SWAPPED")) {
      return List.of("rebuild ended " + status + (status.get("state").asString().equals("RUNNING")
          ? " (no event applied for " + REBUILD_STALL.toSeconds() + " s, or still running after "
              + REBUILD_LIMIT.toMinutes() + " min)" : ""));
    }
    if (!status.get("liveHash").asString().equals(status.get("rebuiltHash").asString())) {
      return List.of("rebuilt hash " + status.get("rebuiltHash") + " differs from the live " + status.get("liveHash"));
    }
    return List.of();
  }

  private List<String> parked(Poison poison) throws Exception {
    RetryingClient.Answer parked = query.get("admin", "/actuator/parked");
    if (parked.status() != 200) {
      return List.of("GET /actuator/parked answered " + parked.status());
    }
    Set<String> ids = new HashSet<>();
    parked.json().get("aggregates").forEach(aggregate -> ids.add(aggregate.get("aggregateId").asString()));
    return ids.equals(poison.stillParked()) ? List.of()
        : List.of("parked " + ids + ", still poisoned " + poison.stillParked());
  }
}
