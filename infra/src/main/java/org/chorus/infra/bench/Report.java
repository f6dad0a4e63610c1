package org.chorus.infra.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of a run as a table (plain for stdout, markdown for results.md) and as JSON: every figure absolute per
 * configuration, and the tuned/stock ratio beside it when both ran.
 */
final class Report {

  static final String BASELINE = "stock";
  static final String SUBJECT = "tuned";

  private final List<ConfigResult> results;
  private final List<String> notes;

  Report(List<ConfigResult> results, List<String> notes) {
    this.results = List.copyOf(results);
    this.notes = List.copyOf(notes);
  }

  /** tuned / stock for a figure, when both configurations have it and stock's is not zero. */
  static @Nullable Double ratio(@Nullable Double subject, @Nullable Double baseline) {
    if (subject == null || baseline == null || baseline == 0) {
      return null;
    }
    return subject / baseline;
  }

  private @Nullable Double value(String configuration, String key) {
    for (ConfigResult result : results) {
      if (result.configuration().equals(configuration)) {
        for (Figure figure : result.figures()) {
          if (figure.key().equals(key)) {
            return figure.value();
          }
        }
      }
    }
    return null;
  }

  private boolean both() {
    Set<String> names = new LinkedHashSet<>();
    results.forEach(result -> names.add(result.configuration()));
    return names.contains(SUBJECT) && names.contains(BASELINE);
  }

  /** Every figure key in first-seen order, with its label and unit. */
  private Map<String, Figure> rows() {
    Map<String, Figure> rows = new LinkedHashMap<>();
    results.forEach(result -> result.figures().forEach(figure -> rows.putIfAbsent(figure.key(), figure)));
    return rows;
  }

  private List<List<String>> table() {
    List<List<String>> table = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("figure", "unit"));
    results.forEach(result -> header.add(result.configuration()));
    if (both()) {
      header.add(SUBJECT + "/" + BASELINE);
    }
    table.add(header);
    rows().forEach((key, figure) -> {
      List<String> row = new ArrayList<>(List.of(figure.label(), figure.unit()));
      results.forEach(result -> row.add(format(value(result.configuration(), key))));
      if (both()) {
        Double ratio = ratio(value(SUBJECT, key), value(BASELINE, key));
        row.add(ratio == null ? "-" : String.format(Locale.ROOT, "%.2fx", ratio));
      }
      table.add(row);
    });
    return table;
  }

  private List<List<String>> steps(ConfigResult result) {
    Set<String> kinds = new TreeSet<>();
    result.steps().forEach(step -> kinds.addAll(step.acceptByKind().keySet()));
    List<String> header = new ArrayList<>(List.of("intended cmd/s", "achieved cmd/s", "p50 ms", "p99 ms", "p99.9 ms"));
    kinds.forEach(kind -> header.add(kind + " p50/p99 ms"));
    header.addAll(List.of("e2e lag p50/p99 ms", "failed", "unanswered", "max send lag ms", "rule"));
    List<List<String>> table = new ArrayList<>();
    table.add(header);
    for (StepResult step : result.steps()) {
      List<String> row = new ArrayList<>(List.of(format(step.intendedRate()), format(step.achievedRate()),
          format(step.accept().percentileMillis(50)), format(step.accept().percentileMillis(99)),
          format(step.accept().percentileMillis(99.9))));
      kinds.forEach(kind -> row.add(percentiles(step.acceptByKind().get(kind))));
      row.addAll(List.of(percentiles(step.lag()), String.valueOf(step.failed()), String.valueOf(step.unanswered()),
          format(step.maxSendLagMillis()), SustainedRule.passes(step) ? "pass" : "fail"));
      table.add(row);
    }
    return table;
  }

  private static String percentiles(@Nullable Histogram latencies) {
    if (latencies == null || latencies.count() == 0) {
      return "-";
    }
    return format(latencies.percentileMillis(50)) + " / " + format(latencies.percentileMillis(99));
  }

  static String format(@Nullable Double value) {
    if (value == null) {
      return "-";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 100 || value == Math.rint(value)) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, magnitude >= 10 ? "%.1f" : "%.2f", value);
  }

  String plain() {
    StringBuilder out = new StringBuilder();
    notes.forEach(note -> out.append("  ").append(note).append('\n'));
    out.append('\n').append(plain(table()));
    for (ConfigResult result : results) {
      out.append('\n').append("step-up, ").append(result.configuration()).append(":\n").append(plain(steps(result)));
    }
    return out.toString();
  }

  String markdown() {
    StringBuilder out = new StringBuilder("# Chorus bench\n\n");
    notes.forEach(note -> out.append("- ").append(note).append('\n'));
    out.append('\n').append(markdown(table()));
    for (ConfigResult result : results) {
      out.append("\n## Step-up, ").append(result.configuration()).append("\n\n").append(markdown(steps(result)));
    }
    return out.toString();
  }

  ObjectNode json() {
    ObjectNode root = Api.JSON.createObjectNode();
    ArrayNode notesNode = root.putArray("notes");
    notes.forEach(notesNode::add);
    root.put("sustainedRule", SustainedRule.TEXT);
    ObjectNode configurations = root.putObject("configurations");
    for (ConfigResult result : results) {
      ObjectNode node = configurations.putObject(result.configuration());
      ObjectNode figures = node.putObject("figures");
      result.figures().forEach(figure -> {
        ObjectNode entry = figures.putObject(figure.key());
        entry.put("label", figure.label());
        entry.put("unit", figure.unit());
        entry.put("value", figure.value());
      });
      ArrayNode steps = node.putArray("steps");
      for (StepResult step : result.steps()) {
        ObjectNode entry = steps.addObject();
        entry.put("intendedRate", step.intendedRate());
        entry.put("achievedRate", step.achievedRate());
        entry.put("sent", step.sent());
        entry.put("accepted", step.accepted());
        entry.put("failed", step.failed());
        entry.put("unanswered", step.unanswered());
        entry.put("p50Millis", step.accept().percentileMillis(50));
        entry.put("p99Millis", step.accept().percentileMillis(99));
        entry.put("p999Millis", step.accept().percentileMillis(99.9));
        entry.put("maxSendLagMillis", step.maxSendLagMillis());
        ObjectNode byKind = entry.putObject("acceptByKind");
        step.acceptByKind().forEach((kind, latencies) -> byKind.putObject(kind)
            .put("count", latencies.count())
            .put("p50Millis", latencies.percentileMillis(50))
            .put("p99Millis", latencies.percentileMillis(99)));
        entry.putObject("lag").put("count", step.lag().count())
            .put("p50Millis", step.lag().percentileMillis(50))
            .put("p99Millis", step.lag().percentileMillis(99));
        entry.put("passes", SustainedRule.passes(step));
      }
    }
    ObjectNode ratios = root.putObject("ratios");
    if (both()) {
      rows().keySet().forEach(key -> ratios.put(key, ratio(value(SUBJECT, key), value(BASELINE, key))));
    }
    return root;
  }

  private static String plain(List<List<String>> table) {
    int[] widths = new int[table.get(0).size()];
    table.forEach(row -> {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    });
    StringBuilder out = new StringBuilder();
    for (List<String> row : table) {
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        out.append(i < 2 ? pad(cell, widths[i]) : padLeft(cell, widths[i])).append(i + 1 < row.size() ? "  " : "");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String markdown(List<List<String>> table) {
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < table.size(); r++) {
      out.append("| ").append(String.join(" | ", table.get(r))).append(" |\n");
      if (r == 0) {
        out.append("|").append("---|".repeat(table.get(0).size())).append('\n');
      }
    }
    return out.toString();
  }

  private static String pad(String cell, int width) {
    return cell + " ".repeat(width - cell.length());
  }

  private static String padLeft(String cell, int width) {
    return " ".repeat(width - cell.length()) + cell;
  }
}
