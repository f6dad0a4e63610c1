package org.chorus.infra.bench;

import java.util.List;

/**
 * A configuration the workload runs against: {@code tuned} is the services as shipped (the {@code local} profile);
 * {@code stock} adds the {@code stock} profile, which puts every tuned setting back to its default (see each
 * service's {@code application-stock.yml}).
 */
enum Configuration {
  TUNED("tuned", ""), STOCK("stock", ",stock");

  static final List<Configuration> ALL = List.of(values());

  private final String label;
  private final String extraProfiles;

  Configuration(String label, String extraProfiles) {
    this.label = label;
    this.extraProfiles = extraProfiles;
  }

  String label() {
    return label;
  }

  String extraProfiles() {
    return extraProfiles;
  }

  static Configuration named(String name) {
    for (Configuration configuration : values()) {
      if (configuration.label.equals(name)) {
        return configuration;
      }
    }
    throw new IllegalArgumentException("unknown configuration " + name + " (tuned or stock)");
  }
}
