package org.chorus.infra.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Concurrent readers (the analyst) for a fixed time per query kind: the feed without filters, the feed filtered by
 * place and feeling, the feed paged by its cursor (five pages, then from the top again), word search ({@code q=} one
 * word) and the themes report. Latency per request, p50 and p99 per kind.
 *
 * <p>With a pace, each reader sends a request every {@code pace} (its first at a random point of the first interval,
 * so readers do not send in step), like people on dashboards, and latency counts from the intended send time: a slow
 * answer delays the next request and that delay is counted. With a zero pace each reader sends its next request as
 * soon as the last is answered, which measures how many reads the host can answer.
 */
final class Readers {

  /** One kind of read: its name and how the i-th request of a reader is built (a cursor from the last answer). */
  enum Kind {
    FEED("feed"), FEED_FILTERED("feed (place+feeling)"), FEED_PAGED("feed (cursor paging)"), SEARCH("search q="),
    THEMES("themes");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** The figures of one kind. */
  record Result(Kind kind, Histogram latency, long errors) {
  }

  private final Api query;
  private final int readers;
  private final Duration pace;
  private final Duration length;
  private final long seed;

  Readers(Api query, int readers, Duration pace, Duration length, long seed) {
    this.query = query;
    this.readers = readers;
    this.pace = pace;
    this.length = length;
    this.seed = seed;
  }

  /** How the run is described in progress lines and figure labels. */
  String describe() {
    return pace.isZero() ? readers + " readers flat out" : readers + " readers, one request each per "
        + pace.toMillis() + " ms";
  }

  Map<Kind, Result> run() throws InterruptedException {
    Map<Kind, Result> results = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      Progress.say(String.format("%s on %s for %d s", describe(), kind.label, length.toSeconds()));
      results.put(kind, run(kind));
    }
    return results;
  }

  private Result run(Kind kind) throws InterruptedException {
    Histogram latency = new Histogram();
    AtomicLong errors = new AtomicLong();
    long end = System.nanoTime() + length.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int reader = 0; reader < readers; reader++) {
      SplittableRandom random = new SplittableRandom(seed + reader);
      Thread thread = new Thread(() -> read(kind, random, end, latency, errors), "reader-" + reader);
      thread.setDaemon(true);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return new Result(kind, latency, errors.get());
  }

  private void read(Kind kind, SplittableRandom random, long end, Histogram latency, AtomicLong errors) {
    @Nullable String cursor = null;
    int page = 0;
    long interval = pace.toNanos();
    long intended = System.nanoTime() + (interval == 0 ? 0 : random.nextLong(interval));
    while (true) {
      String path = path(kind, random, cursor);
      try {
        long start;
        if (interval == 0) {
          start = System.nanoTime();
        } else {
          start = waitUntil(intended);
          intended += interval;
        }
        if (start >= end) {
          return;
        }
        Api.Answer answer = query.getNow("analyst", path);
        latency.record((System.nanoTime() - start) / 1000);
        if (answer.status() != 200) {
          errors.incrementAndGet();
          cursor = null;
        } else if (kind == Kind.FEED_PAGED) {
          JsonNode next = answer.json().get("nextCursor");
          page = next == null || next.isNull() || page >= 4 ? 0 : page + 1;
          cursor = page == 0 ? null : next.asString();
        }
      } catch (IOException e) {
        errors.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Sleeps until {@code intended} (at once if it has passed) and returns it, the time latency counts from. */
  private static long waitUntil(long intended) throws InterruptedException {
    long wait = intended - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
    return intended;
  }

  static String path(Kind kind, SplittableRandom random, @Nullable String cursor) {
    return switch (kind) {
      case FEED -> "/api/v1/insights/feed?limit=20";
      case FEED_FILTERED -> "/api/v1/insights/feed?limit=20&place=" + (random.nextBoolean() ? "LEWISHAM" : "SOUTHWARK")
          + "&feeling=" + List.of("POSITIVE", "MIXED", "NEGATIVE").get(random.nextInt(3));
      case FEED_PAGED -> "/api/v1/insights/feed?limit=20"
          + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
      case SEARCH -> "/api/v1/insights/feed?limit=20&q=" + Stories.WORDS.get(random.nextInt(Stories.WORDS.size()));
      case THEMES -> "/api/v1/insights/themes";
    };
  }
}
