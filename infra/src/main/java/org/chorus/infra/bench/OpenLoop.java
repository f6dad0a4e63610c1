package org.chorus.infra.bench;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues requests at fixed intended times (request i at start + i / rate) whatever the answers do, and measures each
 * latency from its intended time: a send that leaves late, because the previous ones are slow or this thread was not
 * scheduled, still counts from when it should have left, so queueing is not hidden (no coordinated omission).
 */
final class OpenLoop {

  /** Sends request {@code index} without waiting for it; the future says whether it was accepted. */
  interface Sender {
    CompletableFuture<Boolean> send(long index);

    /** What kind of request {@code index} is, so its latency is also counted with its kind's. */
    default String kind(long index) {
      return "command";
    }
  }

  private final Ticker ticker;
  private final Duration drain;

  OpenLoop(Ticker ticker, Duration drain) {
    this.ticker = ticker;
    this.drain = drain;
  }

  StepResult run(double rate, Duration length, Sender sender) throws InterruptedException {
    long count = Math.max(1, Math.round(rate * length.toNanos() / 1e9));
    double interval = 1e9 / rate;
    Histogram accept = new Histogram();
    Map<String, Histogram> byKind = new ConcurrentHashMap<>();
    AtomicLong accepted = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong lastAnswer = new AtomicLong(Long.MIN_VALUE);
    CountDownLatch answered = new CountDownLatch((int) count);
    long maxSendLag = 0;
    long start = ticker.nanos();
    for (long i = 0; i < count; i++) {
      long intended = start + Math.round(i * interval);
      ticker.sleepUntil(intended);
      maxSendLag = Math.max(maxSendLag, ticker.nanos() - intended);
      CompletableFuture<Boolean> answer;
      try {
        answer = sender.send(i);
      } catch (RuntimeException e) {
        answer = CompletableFuture.failedFuture(e);
      }
      Histogram ofKind = byKind.computeIfAbsent(sender.kind(i), kind -> new Histogram());
      answer.whenComplete((ok, error) -> {
        long now = ticker.nanos();
        accept.record((now - intended) / 1000);
        ofKind.record((now - intended) / 1000);
        (error == null && Boolean.TRUE.equals(ok) ? accepted : failed).incrementAndGet();
        lastAnswer.accumulateAndGet(now, Math::max);
        answered.countDown();
      });
    }
    answered.await(drain.toMillis(), TimeUnit.MILLISECONDS);
    long scheduledEnd = start + length.toNanos();
    long end = Math.max(scheduledEnd, lastAnswer.get());
    double seconds = (end - start) / 1e9;
    long done = accepted.get() + failed.get();
    return new StepResult(rate, length.toNanos() / 1e9, count, accepted.get(), failed.get(), count - done,
        accepted.get() / seconds, maxSendLag / 1e6, accept, new TreeMap<>(byKind), new Histogram());
  }
}
