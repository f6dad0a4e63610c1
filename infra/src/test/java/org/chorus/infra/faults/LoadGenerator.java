package org.chorus.infra.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A steady mix of commands against command-service, one thread each: a champion submitting stories, a facilitator
 * running co-design sessions step by step, and the same champion logging outreach for a campaign they are enrolled
 * in. Every POST carries a fresh {@code Idempotency-Key} and is retried with it until answered; every 202 goes into
 * the {@link Ledger}.
 */
final class LoadGenerator {
  /**
   * Each client sends at most one command per interval (about 20 commands a second over the three clients), however
   * fast the service answers: the backlog a dead service leaves, and the store every check reads, stay the same size
   * as the services get faster, so each fault's check runs on a comparable state and the suite's length holds.
   */
  private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(150);
  private static final int STEPS_PER_SESSION = 25;
  private static final Map<String, Object> NO_BODY = Map.of();

  private final RetryingClient client;
  private final Ledger ledger;
  private final AtomicBoolean running = new AtomicBoolean();
  private final List<Thread> threads = new ArrayList<>();
  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private final ThreadLocal<Pace> pace = ThreadLocal.withInitial(Pace::new);
  private String campaign = "";

  LoadGenerator(RetryingClient client, Ledger ledger) {
    this.client = client;
    this.ledger = ledger;
  }

  /** Registers the champion, launches the campaign and enrols the champion: the load's fixed cast. */
  void setUp() throws InterruptedException {
    String champion = send("admin", "/api/v1/champions", "Champion", true, Map.of("displayName", "Fault champion",
        "organisation", "SEL Champions", "places", List.of("LEWISHAM"), "languages", List.of("en"),
        "login", "champion"));
    campaign = send("admin", "/api/v1/campaigns", "OutreachCampaign", true, Map.of("name", "Fault campaign",
        "theme", "ACCESS", "places", List.of("LEWISHAM"), "target", 1000, "startsOn", "2026-11-01",
        "endsOn", "2027-02-28"));
    send("admin", "/api/v1/campaigns/" + campaign + "/champions", "OutreachCampaign", false,
        Map.of("championId", champion));
  }

  void start() {
    if (!running.compareAndSet(false, true)) {
      throw new IllegalStateException("load already running");
    }
    threads.clear();
    threads.add(worker("stories", this::submitStories));
    threads.add(worker("sessions", this::runSessions));
    threads.add(worker("outreach", this::logOutreach));
    threads.forEach(Thread::start);
  }

  /** Stops after the requests in flight are answered: the service they talk to must be up (or come back). */
  void stop() throws InterruptedException {
    running.set(false);
    for (Thread thread : threads) {
      thread.join();
    }
    if (!failures.isEmpty()) {
      AssertionError error = new AssertionError("the load generator failed");
      failures.forEach(error::addSuppressed);
      throw error;
    }
  }

  private Thread worker(String name, Work work) {
    Thread thread = new Thread(() -> {
      try {
        while (running.get()) {
          work.once();
        }
      } catch (Throwable e) {
        failures.add(e);
      }
    }, "load-" + name);
    thread.setDaemon(true);
    return thread;
  }

  private void submitStories() throws InterruptedException {
    send("champion", "/api/v1/stories", "Story", true, Map.of("title", "Waiting room", "narrative",
        "We waited a long time at the clinic.", "place", "LEWISHAM", "language", "en", "channel", "EVENT",
        "feeling", "MIXED", "consent", Map.of("analysis", true, "quote", false, "publish", false, "contact", false,
            "equalityMonitoring", false, "wordingVersion", "2026-11")));
  }

  private void runSessions() throws InterruptedException {
    String session = send("facilitator", "/api/v1/sessions", "CoDesignSession", true, Map.of("title",
        "Maternity listening", "topic", "MATERNITY", "place", "LEWISHAM", "scheduledFor", "2026-12-01T10:00:00Z"));
    String base = "/api/v1/sessions/" + session;
    send("facilitator", base + "/open", "CoDesignSession", false, NO_BODY);
    for (int step = 0; step < STEPS_PER_SESSION && running.get(); step++) {
      send("facilitator", base + "/participants", "CoDesignSession", false, Map.of("displayName",
          "Participant " + step, "role", step % 2 == 0 ? "RESIDENT" : "NHS", "livedExperience", step % 3 == 0));
    }
  }

  private void logOutreach() throws InterruptedException {
    send("champion", "/api/v1/campaigns/" + campaign + "/outreach", "OutreachCampaign", false,
        Map.of("date", "2026-11-02", "peopleReached", 3, "venueType", "FAITH_SPACE"));
  }

  /** A moderator approves a story: its next event, recorded like every other 202. */
  void approve(String storyId) throws InterruptedException {
    send("moderator", "/api/v1/stories/" + storyId + "/moderation", "Story", false, Map.of("decision", "APPROVE"));
  }

  /** Sends one command until answered; returns the aggregate id of a 202 and records it. */
  private String send(String user, String path, String aggregateType, boolean creation, Object body)
      throws InterruptedException {
    pace.get().await();
    String key = UUID.randomUUID().toString();
    RetryingClient.Answer answer = client.post(user, path, key, body);
    if (answer.status() != 202) {
      ledger.unexpected("POST " + path + " answered " + answer.status() + ": " + answer.body());
      throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
    }
    String id = answer.json().get("id").asString();
    ledger.accept(new Ledger.Accepted(key, aggregateType, id, answer.json().get("version").asLong(), creation));
    return id;
  }

  /** One client's send times, an interval apart; a send that came late (an outage) is not made up for. */
  private static final class Pace {
    private long next = System.nanoTime();

    void await() throws InterruptedException {
      long now = System.nanoTime();
      if (next > now) {
        TimeUnit.NANOSECONDS.sleep(next - now);
      }
      next = Math.max(next, now) + INTERVAL_NANOS;
    }
  }

  private interface Work {
    void once() throws InterruptedException;
  }
}
