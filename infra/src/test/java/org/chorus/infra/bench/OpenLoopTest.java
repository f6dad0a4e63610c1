package org.chorus.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The schedule's accounting on a clock the test moves: nothing here depends on how fast the machine is. */
class OpenLoopTest {

  /** A clock that only moves when the loop sleeps or a send takes time. */
  static final class ManualTicker implements Ticker {
    long now;

    @Override
    public long nanos() {
      return now;
    }

    @Override
    public void sleepUntil(long nanos) {
      now = Math.max(now, nanos);
    }
  }

  @Test
  void sendsAtTheIntendedTimesWhenEachAnswerIsImmediate() throws InterruptedException {
    ManualTicker ticker = new ManualTicker();
    List<Long> sentAt = new ArrayList<>();
    StepResult step = new OpenLoop(ticker, Duration.ofSeconds(1)).run(100, Duration.ofSeconds(1), index -> {
      sentAt.add(ticker.now);
      return CompletableFuture.completedFuture(true);
    });
    assertThat(step.sent()).isEqualTo(100);
    assertThat(step.accepted()).isEqualTo(100);
    assertThat(sentAt.get(0)).isZero();
    assertThat(sentAt.get(1)).isEqualTo(10_000_000L);
    assertThat(sentAt.get(99)).isEqualTo(990_000_000L);
    assertThat(step.accept().percentile(100)).isZero();
    assertThat(step.achievedRate()).isCloseTo(100, within(0.01));
  }

  @Test
  void aLateSendCountsFromItsIntendedTimeNotFromWhenItLeft() throws InterruptedException {
    ManualTicker ticker = new ManualTicker();
    // every send blocks for 30 ms while the schedule asks for one every 10 ms: request i leaves at 30 i ms,
    // is answered at 30 (i + 1) ms, and was intended at 10 i ms, so its latency is 20 i + 30 ms
    StepResult step = new OpenLoop(ticker, Duration.ofSeconds(1)).run(100, Duration.ofSeconds(1), index -> {
      ticker.now += 30_000_000L;
      return CompletableFuture.completedFuture(true);
    });
    assertThat(step.sent()).isEqualTo(100);
    assertThat(step.accept().maxMicros()).isEqualTo((20 * 99 + 30) * 1000L);
    assertThat(step.accept().percentileMillis(50)).isCloseTo(20 * 49 + 30, within(10.3));
    assertThat(step.maxSendLagMillis()).isCloseTo(20 * 99, within(0.001));
    // 100 answers over the 3 s it took to send them all: a third of the intended rate
    assertThat(step.achievedRate()).isCloseTo(100 / 3.0, within(0.01));
  }

  @Test
  void refusalsFailuresAndMissingAnswersAreCountedApart() throws InterruptedException {
    ManualTicker ticker = new ManualTicker();
    StepResult step = new OpenLoop(ticker, Duration.ZERO).run(10, Duration.ofSeconds(1), index -> switch ((int) index % 4) {
      case 0 -> CompletableFuture.completedFuture(true);
      case 1 -> CompletableFuture.completedFuture(false);
      case 2 -> CompletableFuture.failedFuture(new IllegalStateException("reset"));
      default -> new CompletableFuture<>();
    });
    assertThat(step.sent()).isEqualTo(10);
    assertThat(step.accepted()).isEqualTo(3);
    assertThat(step.failed()).isEqualTo(5);
    assertThat(step.unanswered()).isEqualTo(2);
    assertThat(step.errorFraction()).isEqualTo(0.7);
    assertThat(step.accept().count()).isEqualTo(8);
  }

  @Test
  void eachKindsLatenciesAreAlsoCountedApart() throws InterruptedException {
    ManualTicker ticker = new ManualTicker();
    OpenLoop.Sender slowEvens = new OpenLoop.Sender() {
      @Override
      public CompletableFuture<Boolean> send(long index) {
        if (index % 2 == 0) {
          ticker.now += 5_000_000L;
        }
        return CompletableFuture.completedFuture(true);
      }

      @Override
      public String kind(long index) {
        return index % 2 == 0 ? "even" : "odd";
      }
    };
    StepResult step = new OpenLoop(ticker, Duration.ZERO).run(10, Duration.ofSeconds(1), slowEvens);
    assertThat(step.acceptByKind()).containsOnlyKeys("even", "odd");
    assertThat(step.acceptByKind().get("even").count()).isEqualTo(5);
    assertThat(step.acceptByKind().get("even").percentileMillis(50)).isCloseTo(5, within(0.06));
    assertThat(step.acceptByKind().get("odd").count()).isEqualTo(5);
    assertThat(step.acceptByKind().get("odd").maxMicros()).isZero();
    assertThat(step.accept().count()).isEqualTo(10);
    assertThat(step.lag().count()).isZero();
  }
}
