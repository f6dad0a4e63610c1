package org.chorus.infra.faults;

import java.util.ArrayList;
import java.util.List;

/** The oracle's checks after one fault: each passed, or failed with what it found. */
final class Verdict {

  /** One check. */
  record Check(String name, boolean passed, String detail) {}

  private final List<Check> checks = new ArrayList<>();

  void check(String name, boolean passed, String detail) {
    checks.add(new Check(name, passed, detail));
  }

  void check(String name, List<String> problems) {
    checks.add(new Check(name, problems.isEmpty(), problems.isEmpty() ? "" : first(problems)));
  }

  private static String first(List<String> problems) {
    List<String> shown = problems.subList(0, Math.min(10, problems.size()));
    return problems.size() + " problem(s): " + String.join("; ", shown);
  }

  List<Check> checks() {
    return List.copyOf(checks);
  }

  int passed() {
    return (int) checks.stream().filter(Check::passed).count();
  }

  List<Check> failed() {
    return checks.stream().filter(check -> !check.passed()).toList();
  }
}
