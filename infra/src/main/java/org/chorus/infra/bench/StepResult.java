package org.chorus.infra.bench;

import java.util.Map;

/**
 * One open-loop run at a fixed arrival rate: what was intended and what came back. {@code achievedRate} is the
 * accepted (202) count over the time from the first intended send to the last answer (at least the scheduled length),
 * so a backlog that drains after the schedule ends lowers it. {@code acceptByKind} splits {@code accept} by command
 * kind; {@code lag} holds the end-to-end lags watched during the run (empty until {@link #withLag}).
 */
record StepResult(double intendedRate, double seconds, long sent, long accepted, long failed, long unanswered,
    double achievedRate, double maxSendLagMillis, Histogram accept, Map<String, Histogram> acceptByKind,
    Histogram lag) {

  StepResult withLag(Histogram watched) {
    return new StepResult(intendedRate, seconds, sent, accepted, failed, unanswered, achievedRate, maxSendLagMillis,
        accept, acceptByKind, watched);
  }

  double errorFraction() {
    return sent == 0 ? 0 : (double) (failed + unanswered) / sent;
  }
}
