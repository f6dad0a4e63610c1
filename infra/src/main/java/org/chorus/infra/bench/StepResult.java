package org.chorus.infra.bench;

/**
 * One open-loop run at a fixed arrival rate: what was intended and what came back. {@code achievedRate} is the
 * accepted (202) count over the time from the first intended send to the last answer (at least the scheduled length),
 * so a backlog that drains after the schedule ends lowers it.
 */
record StepResult(double intendedRate, double seconds, long sent, long accepted, long failed, long unanswered,
    double achievedRate, double maxSendLagMillis, Histogram accept) {

  double errorFraction() {
    return sent == 0 ? 0 : (double) (failed + unanswered) / sent;
  }
}
