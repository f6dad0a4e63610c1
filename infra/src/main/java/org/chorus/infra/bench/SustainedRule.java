package org.chorus.infra.bench;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which step-up rate the stack sustains: the steps are taken in rising order, and the sustained rate is the last one
 * that passes before the first that does not. A step passes when it achieved at least 95 % of its intended rate,
 * its accept p99 is at most 50 ms, and at most 0.1 % of its requests failed or went unanswered.
 */
final class SustainedRule {

  static final double MIN_ACHIEVED = 0.95;
  static final double MAX_P99_MILLIS = 50;
  static final double MAX_ERRORS = 0.001;
  static final String TEXT = "sustained = the highest step, before the first failing one, with achieved rate >= 95% of"
      + " intended, accept p99 <= 50 ms and <= 0.1% failed or unanswered";

  private SustainedRule() {}

  static boolean passes(StepResult step) {
    return step.achievedRate() >= MIN_ACHIEVED * step.intendedRate()
        && step.accept().percentileMillis(99) <= MAX_P99_MILLIS
        && step.errorFraction() <= MAX_ERRORS;
  }

  static Optional<StepResult> sustained(List<StepResult> steps) {
    @Nullable StepResult best = null;
    for (StepResult step : steps) {
      if (!passes(step)) {
        break;
      }
      best = step;
    }
    return Optional.ofNullable(best);
  }
}
