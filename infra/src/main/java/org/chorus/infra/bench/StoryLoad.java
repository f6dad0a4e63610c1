package org.chorus.infra.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads stories through the real pipeline for the query phase: each is submitted by the champion and approved by the
 * moderator (two commands, two events, Kafka, projections), {@code workers} at a time as fast as the stack takes
 * them; then waits until {@code GET /api/v1/dashboard} counts them all as approved.
 */
final class StoryLoad {

  /** How long the load took and what it achieved. */
  record Result(long stories, double seconds, double storiesPerSecond, double visibleAfterSeconds, long failed) {
  }

  private final Api command;
  private final Api query;
  private final long seed;
  private final int workers;
  private final Progress progress;

  StoryLoad(Api command, Api query, long seed, int workers, Progress progress) {
    this.command = command;
    this.query = query;
    this.seed = seed;
    this.workers = workers;
    this.progress = progress;
  }

  Result load(long stories) throws Exception {
    long base = approved(query);
    AtomicLong next = new AtomicLong();
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      Thread thread = new Thread(() -> work(next, stories, done, failed), "story-load-" + i);
      thread.setDaemon(true);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      while (thread.isAlive()) {
        thread.join(1000);
        progress.every(Duration.ofSeconds(5), () -> String.format("loading stories: %,d of %,d approved (%,.0f/s)",
            done.get(), stories, done.get() / ((System.nanoTime() - start) / 1e9)));
      }
    }
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    long wanted = base + done.get();
    long seen = base;
    while (seen < wanted) {
      Thread.sleep(500);
      seen = approved(query);
      long visible = seen - base;
      progress.every(Duration.ofSeconds(5), () -> String.format("waiting for the read side: %,d of %,d visible",
          visible, done.get()));
      if (System.nanoTime() - start > Duration.ofHours(6).toNanos()) {
        throw new IllegalStateException("the read side did not show all " + done.get() + " stories");
      }
    }
    double visibleSeconds = (System.nanoTime() - start) / 1e9;
    return new Result(done.get(), loadSeconds, done.get() / loadSeconds, visibleSeconds, failed.get());
  }

  /** One worker: submit, approve, next, until the count is reached. */
  private void work(AtomicLong next, long stories, AtomicLong done, AtomicLong failed) {
    for (long index = next.getAndIncrement(); index < stories; index = next.getAndIncrement()) {
      try {
        Api.Answer submitted = command.postNow("champion", "/api/v1/stories",
            Stories.submission(seed, 1_000_000_000L + index));
        Api.Answer approved = submitted.status() != 202 ? submitted : command.postNow("moderator",
            "/api/v1/stories/" + submitted.json().get("id").asString() + "/moderation", Map.of("decision", "APPROVE"));
        (approved.status() == 202 ? done : failed).incrementAndGet();
      } catch (IOException e) {
        failed.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  static long approved(Api query) throws IOException, InterruptedException {
    return query.getNow("analyst", "/api/v1/dashboard").json().get("stories").get("byStatus")
        .path("APPROVED").asLong(0);
  }
}
