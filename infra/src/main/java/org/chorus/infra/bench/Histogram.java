package org.chorus.infra.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Latencies in microseconds, counted in buckets 1 % wide on a log scale (from 1 µs to about three hours), so a
 * percentile is exact to within 1 %. Safe to record into from many threads at once.
 */
final class Histogram {

  static final double STEP = 1.01;
  private static final double LOG_STEP = Math.log(STEP);
  private static final int BUCKETS = 2400;

  private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
  private final AtomicLong total = new AtomicLong();
  private final AtomicLong max = new AtomicLong();

  /** Bucket 0 holds values below 1 µs; bucket i holds (STEP^(i-1), STEP^i]. */
  static int bucketOf(long micros) {
    if (micros < 1) {
      return 0;
    }
    int index = 1 + (int) Math.floor(Math.log(micros) / LOG_STEP - 1e-9);
    return Math.min(index, BUCKETS - 1);
  }

  static double upperBound(int bucket) {
    return bucket == 0 ? 0 : Math.pow(STEP, bucket);
  }

  void record(long micros) {
    long value = Math.max(0, micros);
    counts.incrementAndGet(bucketOf(value));
    total.incrementAndGet();
    max.accumulateAndGet(value, Math::max);
  }

  long count() {
    return total.get();
  }

  long maxMicros() {
    return max.get();
  }

  /** The value at or below which {@code percent} % of the recorded values lie, in microseconds; 0 when empty. */
  double percentile(double percent) {
    long count = total.get();
    if (count == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * count));
    long seen = 0;
    for (int bucket = 0; bucket < BUCKETS; bucket++) {
      seen += counts.get(bucket);
      if (seen >= rank) {
        return Math.min(upperBound(bucket), max.get());
      }
    }
    return max.get();
  }

  double percentileMillis(double percent) {
    return percentile(percent) / 1000.0;
  }

  /** The cumulative distribution: each non-empty bucket's upper bound (µs) and the fraction at or below it. */
  List<double[]> cumulative() {
    List<double[]> points = new ArrayList<>();
    long count = total.get();
    long seen = 0;
    for (int bucket = 0; bucket < BUCKETS && count > 0; bucket++) {
      long here = counts.get(bucket);
      if (here > 0) {
        seen += here;
        points.add(new double[] {Math.min(upperBound(bucket), max.get()), (double) seen / count});
      }
    }
    return points;
  }
}
