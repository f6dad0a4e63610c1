package org.chorus.infra.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every 202 the load generator was given, by idempotency key, and every answer it did not expect. */
final class Ledger {

  /** One accepted command: the aggregate it touched and the version the answer named. */
  record Accepted(String key, String aggregateType, String aggregateId, long version, boolean creation) {}

  private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();
  private final List<String> unexpected = new CopyOnWriteArrayList<>();

  void accept(Accepted answer) {
    Accepted earlier = accepted.putIfAbsent(answer.key(), answer);
    if (earlier != null) {
      unexpected.add("key " + answer.key() + " answered twice: " + earlier + " and " + answer);
    }
  }

  void unexpected(String what) {
    unexpected.add(what);
  }

  List<Accepted> accepted() {
    return new ArrayList<>(accepted.values());
  }

  long size() {
    return accepted.size();
  }

  List<String> unexpected() {
    return List.copyOf(unexpected);
  }
}
