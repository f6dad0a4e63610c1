package org.chorus.infra.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Results per fault kind: runs, kills, 202s accepted, events stored, oracle checks passed, and restart times. */
final class FaultReport {

  private static final class Row {
    int runs;
    int kills;
    long accepted;
    long events;
    int checksPassed;
    int checks;
    final List<Duration> restarts = new ArrayList<>();
    Duration elapsed = Duration.ZERO;
  }

  private final Map<String, Row> rows = new LinkedHashMap<>();

  synchronized void run(String fault, int kills, long accepted, long events, Verdict verdict, List<Duration> restarts,
      Duration elapsed) {
    Row row = rows.computeIfAbsent(fault, f -> new Row());
    row.elapsed = row.elapsed.plus(elapsed);
    row.runs++;
    row.kills += kills;
    row.accepted += accepted;
    row.events = events;
    row.checksPassed += verdict.passed();
    row.checks += verdict.checks().size();
    row.restarts.addAll(restarts);
  }

  synchronized String table() {
    StringBuilder table = new StringBuilder(
        "| fault | runs | kills | accepted 202s | events in store after | checks passed | restart (mean / max)"
            + " | time per run, oracle included |\n|---|---:|---:|---:|---:|---:|---|---:|\n");
    rows.forEach((fault, row) -> table.append("| ").append(fault).append(" | ").append(row.runs).append(" | ")
        .append(row.kills).append(" | ").append(row.accepted).append(" | ").append(row.events).append(" | ")
        .append(row.checksPassed).append('/').append(row.checks).append(" | ").append(restarts(row.restarts))
        .append(" | ").append(String.format("%.1f s", row.elapsed.toMillis() / 1000.0 / row.runs)).append(" |\n"));
    return table.toString();
  }

  private static String restarts(List<Duration> restarts) {
    if (restarts.isEmpty()) {
      return "-";
    }
    double mean = restarts.stream().mapToLong(Duration::toMillis).average().orElse(0) / 1000;
    double max = restarts.stream().mapToLong(Duration::toMillis).max().orElse(0) / 1000.0;
    return String.format("%.1f s / %.1f s", mean, max);
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, table(), StandardCharsets.UTF_8);
  }
}
