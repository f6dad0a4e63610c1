package org.chorus.infra.bench;

import org.jspecify.annotations.Nullable;

/** One reported figure of a configuration: a stable key (for JSON and ratios), a label, a unit and its value. */
record Figure(String key, String label, String unit, @Nullable Double value) {

  static Figure of(String key, String label, String unit, double value) {
    return new Figure(key, label, unit, value);
  }

  static Figure missing(String key, String label, String unit) {
    return new Figure(key, label, unit, null);
  }
}
