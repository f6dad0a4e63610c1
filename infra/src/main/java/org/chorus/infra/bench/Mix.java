package org.chorus.infra.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The command mix of the open loop, the same for every configuration given the seed: about a third each of story
 * submissions (champion), session steps (the facilitator adds a participant to one of the open sessions) and
 * outreach logs (the champion, for one of the campaigns). Every n-th session step is handed to the {@link LagProbe}.
 * A {@code 409} (another command changed the same session or campaign at the same moment) is sent again, with a new
 * key, as a client is told to; its latency still counts from the first intended send.
 */
final class Mix implements OpenLoop.Sender {

  private static final int MAX_ATTEMPTS = 10;
  private static final List<String> KINDS = List.of("story", "session step", "outreach");

  private final Api command;
  private final Cast cast;
  private final long seed;
  private final LagProbe lag;
  private final int lagEvery;
  private final AtomicLong sessionSteps = new AtomicLong();
  private final AtomicLong conflicts = new AtomicLong();

  Mix(Api command, Cast cast, long seed, LagProbe lag, int lagEvery) {
    this.command = command;
    this.cast = cast;
    this.seed = seed;
    this.lag = lag;
    this.lagEvery = lagEvery;
  }

  /** How many 409s were sent again so far. */
  long conflicts() {
    return conflicts.get();
  }

  @Override
  public String kind(long index) {
    return KINDS.get(random(index).nextInt(KINDS.size()));
  }

  @Override
  public CompletableFuture<Boolean> send(long index) {
    SplittableRandom random = random(index);
    return switch (random.nextInt(KINDS.size())) {
      case 0 -> post("champion", "/api/v1/stories", Stories.submission(seed, index))
          .thenApply(answer -> answer.status() == 202);
      case 1 -> sessionStep(random, index);
      default -> post("champion",
              "/api/v1/campaigns/" + cast.campaigns().get(random.nextInt(cast.campaigns().size())) + "/outreach",
              Map.of("date", "2026-11-02", "peopleReached", 1 + random.nextInt(9), "venueType", "FAITH_SPACE"))
          .thenApply(answer -> answer.status() == 202);
    };
  }

  // the same draws for a given index every time: its kind first, then what it sends
  private SplittableRandom random(long index) {
    return new SplittableRandom(seed ^ (index * 0xBF58476D1CE4E5B9L));
  }

  private CompletableFuture<Boolean> sessionStep(SplittableRandom random, long index) {
    String session = cast.sessions().get(random.nextInt(cast.sessions().size()));
    boolean probe = sessionSteps.incrementAndGet() % lagEvery == 0;
    return post("facilitator", "/api/v1/sessions/" + session + "/participants", Map.of("displayName",
            "Participant " + index, "role", index % 2 == 0 ? "RESIDENT" : "NHS", "livedExperience", index % 3 == 0))
        .thenApply(answer -> {
          if (answer.status() != 202) {
            return false;
          }
          if (probe) {
            lag.watch(session, answer.json().get("version").asLong());
          }
          return true;
        });
  }

  private CompletableFuture<Api.Answer> post(String user, String path, Object body) {
    return post(user, path, body, 1);
  }

  private CompletableFuture<Api.Answer> post(String user, String path, Object body, int attempt) {
    return command.post(user, path, body).thenCompose(answer -> {
      if (answer.status() != 409 || attempt >= MAX_ATTEMPTS) {
        return CompletableFuture.completedFuture(answer);
      }
      conflicts.incrementAndGet();
      return post(user, path, body, attempt + 1);
    });
  }
}
