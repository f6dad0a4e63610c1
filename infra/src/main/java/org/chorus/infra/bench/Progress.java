package org.chorus.infra.bench;

import java.time.Duration;
import java.util.function.Supplier;

/** Progress lines on stdout, at most one per interval, so long phases show they are alive. */
final class Progress {

  private long last;

  synchronized void every(Duration interval, Supplier<String> line) {
    long now = System.nanoTime();
    if (now - last >= interval.toNanos()) {
      last = now;
      say(line.get());
    }
  }

  static void say(String line) {
    System.out.println("[bench] " + line);
  }
}
