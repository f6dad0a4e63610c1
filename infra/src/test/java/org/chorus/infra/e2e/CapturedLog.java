package org.chorus.infra.e2e;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Every line a service printed, kept for assertions and echoed with its prefix. */
public final class CapturedLog implements Consumer<String> {

  private final String prefix;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  CapturedLog(String name) {
    this.prefix = "[" + name + "] ";
  }

  @Override
  public void accept(String line) {
    lines.add(line);
    System.out.println(prefix + line);
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }

  public String text() {
    return String.join("\n", lines);
  }

  public boolean contains(String fragment) {
    return lines.stream().anyMatch(line -> line.contains(fragment));
  }
}
