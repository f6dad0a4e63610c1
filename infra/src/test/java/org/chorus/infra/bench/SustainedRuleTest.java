package org.chorus.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SustainedRuleTest {

  static StepResult step(double intended, double achieved, long p99Millis, long errors) {
    Histogram accept = new Histogram();
    for (int i = 0; i < 1000; i++) {
      accept.record(i < 985 ? 1_000 : p99Millis * 1000);
    }
    return new StepResult(intended, 10, 1000, 1000 - errors, errors, 0, achieved, 0, accept, Map.of(), new Histogram());
  }

  @Test
  void aStepPassesOnRateLatencyAndErrorsTogether() {
    assertThat(SustainedRule.passes(step(100, 95, 50, 1))).isTrue();
    assertThat(SustainedRule.passes(step(100, 94.9, 10, 0))).isFalse();
    assertThat(SustainedRule.passes(step(100, 100, 51, 0))).isFalse();
    assertThat(SustainedRule.passes(step(100, 100, 10, 2))).isFalse();
  }

  @Test
  void theSustainedRateIsTheLastPassingStepBeforeTheFirstFailure() {
    List<StepResult> steps = List.of(step(100, 100, 5, 0), step(200, 199, 8, 0), step(400, 300, 90, 0),
        step(800, 790, 10, 0));
    assertThat(SustainedRule.sustained(steps)).map(StepResult::intendedRate).contains(200.0);
  }

  @Test
  void noRateIsSustainedWhenTheFirstStepFails() {
    assertThat(SustainedRule.sustained(List.of(step(100, 50, 5, 0), step(200, 200, 5, 0)))).isEmpty();
    assertThat(SustainedRule.sustained(List.of())).isEmpty();
  }
}
