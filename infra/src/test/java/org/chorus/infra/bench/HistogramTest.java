package org.chorus.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HistogramTest {

  @Test
  void percentilesOfOneToTenThousandAreWithinOnePercent() {
    Histogram histogram = new Histogram();
    for (long micros = 1; micros <= 10_000; micros++) {
      histogram.record(micros);
    }
    assertThat(histogram.count()).isEqualTo(10_000);
    assertThat(histogram.percentile(50)).isCloseTo(5_000, within(50.0));
    assertThat(histogram.percentile(99)).isCloseTo(9_900, within(99.0));
    assertThat(histogram.percentile(99.9)).isCloseTo(9_990, within(99.9));
    assertThat(histogram.percentile(100)).isEqualTo(10_000);
    assertThat(histogram.percentileMillis(50)).isCloseTo(5.0, within(0.05));
  }

  @Test
  void aPercentileIsNeverBelowTheValueAtItsRankNorAboveTheMaximum() {
    Histogram histogram = new Histogram();
    for (int i = 0; i < 98; i++) {
      histogram.record(1_000);
    }
    histogram.record(250_000);
    histogram.record(300_000);
    assertThat(histogram.percentile(98)).isBetween(1_000.0, 1_010.0);
    assertThat(histogram.percentile(99)).isBetween(250_000.0, 252_500.0);
    assertThat(histogram.percentile(99.9)).isEqualTo(300_000);
    assertThat(histogram.maxMicros()).isEqualTo(300_000);
  }

  @Test
  void anEmptyHistogramAnswersZeroAndNegativeValuesCountAsZero() {
    Histogram histogram = new Histogram();
    assertThat(histogram.percentile(99)).isZero();
    histogram.record(-5);
    assertThat(histogram.count()).isEqualTo(1);
    assertThat(histogram.percentile(50)).isZero();
  }

  @Test
  void theCumulativeDistributionRisesToOne() {
    Histogram histogram = new Histogram();
    histogram.record(100);
    histogram.record(100);
    histogram.record(10_000);
    histogram.record(20_000);
    assertThat(histogram.cumulative()).hasSize(3);
    assertThat(histogram.cumulative().get(0)[1]).isEqualTo(0.5);
    assertThat(histogram.cumulative().get(2)).containsExactly(20_000, 1.0);
  }
}
