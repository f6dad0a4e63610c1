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
 * The oracle's checks made through the admin endpoints of the issue 7 contract (docs in notes/issue7-contract.md):
 * {@code GET /actuator/consistency} without differences, a fresh {@code POST /actuator/rebuild} whose content hash
 * equals the live one, and {@code GET /actuator/parked} listing exactly the aggregates poison was injected into.
 * These endpoints are built on other branches: the checks run only with {@code -Dchorus.faults.merged=true}, which
 * the fault profile sets once they are merged (so do the faults that need them: the crash between two Mongo
 * writes and the poison records).
 */
final class MergedEndpoints {

  static final boolean ENABLED = Boolean.getBoolean("chorus.faults.merged");
  private static final Duration REBUILD_TIMEOUT = Duration.ofMinutes(5);

  private final RetryingClient query;

  MergedEndpoints(RetryingClient query) {
    this.query = query;
  }

  void check(Verdict verdict, Poison poison) throws Exception {
    if (!ENABLED) {
      return;
    }
    RetryingClient.Answer consistency = query.get("admin", "/actuator/consistency");
    List<String> differences = new ArrayList<>();
    if (consistency.status() != 200) {
      differences.add("GET /actuator/consistency answered " + consistency.status());
    } else {
      for (JsonNode difference : consistency.json().get("differences")) {
        if (!poison.aggregates().contains(difference.get("aggregateId").asString())) {
          differences.add(difference.toString());
        }
      }
    }
    verdict.check("consistency endpoint: no differences", differences);
    verdict.check("content hash equal to a fresh rebuild", rebuild());
    verdict.check("parked aggregates are the poisoned ones", parked(poison));
  }

  private List<String> rebuild() throws Exception {
    RetryingClient.Answer started = query.post("admin", "/actuator/rebuild", UUID.randomUUID().toString(), Map.of());
    if (started.status() >= 300) {
      return List.of("POST /actuator/rebuild answered " + started.status() + ": " + started.body());
    }
    long deadline = System.nanoTime() + REBUILD_TIMEOUT.toNanos();
    JsonNode status = query.get("admin", "/actuator/rebuild").json();
    while (status.get("state").asString().equals("RUNNING") && System.nanoTime() < deadline) {
      Thread.sleep(500);
      status = query.get("admin", "/actuator/rebuild").json();
    }
    if (!status.get("state").asString().equals("SWAPPED")) {
      return List.of("rebuild ended " + status);
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
    return ids.equals(poison.aggregates()) ? List.of()
        : List.of("parked " + ids + ", poisoned " + poison.aggregates());
  }
}
