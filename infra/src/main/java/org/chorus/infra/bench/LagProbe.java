package org.chorus.infra.bench;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * End-to-end lag of sampled session steps: from the moment the {@code 202} arrives to the first
 * {@code GET /api/v1/sessions/{id}/timeline} (as the facilitator) listing an entry at that event's sequence, polled
 * every {@link #POLL}; so each figure is exact to within one poll interval (plus the GET's own time). A step not
 * visible within {@link #GIVE_UP} counts as lost.
 */
final class LagProbe implements AutoCloseable {

  static final Duration POLL = Duration.ofMillis(5);
  static final Duration GIVE_UP = Duration.ofSeconds(30);

  private final Api query;
  private final ScheduledExecutorService polls = Executors.newScheduledThreadPool(2);
  private volatile Histogram lag = new Histogram();
  private final AtomicLong lost = new AtomicLong();
  private final AtomicLong pending = new AtomicLong();

  LagProbe(Api query) {
    this.query = query;
  }

  /** Starts a fresh histogram; returns the previous one. */
  Histogram reset() {
    Histogram previous = lag;
    lag = new Histogram();
    return previous;
  }

  long lost() {
    return lost.get();
  }

  void watch(String session, long sequence) {
    long acceptedAt = System.nanoTime();
    pending.incrementAndGet();
    Histogram into = lag;
    poll(session, sequence, acceptedAt, into);
  }

  /** Waits (at most {@link #GIVE_UP}) for the steps still being watched. */
  void awaitPending() throws InterruptedException {
    long deadline = System.nanoTime() + GIVE_UP.toNanos();
    while (pending.get() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private void poll(String session, long sequence, long acceptedAt, Histogram into) {
    query.get("facilitator", "/api/v1/sessions/" + session + "/timeline").whenComplete((answer, error) -> {
      long now = System.nanoTime();
      if (error == null && answer.status() == 200 && visible(answer.json(), sequence)) {
        into.record((now - acceptedAt) / 1000);
        pending.decrementAndGet();
      } else if (now - acceptedAt > GIVE_UP.toNanos()) {
        lost.incrementAndGet();
        pending.decrementAndGet();
      } else {
        polls.schedule(() -> poll(session, sequence, acceptedAt, into), POLL.toMillis(), TimeUnit.MILLISECONDS);
      }
    });
  }

  private static boolean visible(JsonNode timeline, long sequence) {
    for (JsonNode entry : timeline) {
      if (entry.get("sequence").asLong() >= sequence) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    polls.shutdownNow();
  }
}
