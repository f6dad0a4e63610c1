package org.chorus.infra.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Hands a child process's output (stdout with stderr merged) to a consumer, line by line, on a daemon thread. */
public final class ProcessOutput {

  private ProcessOutput() {
  }

  /**
   * Starts following the output.
   *
   * @param ended run once the child has closed its output (it exited or was killed)
   * @return the started thread, to join when the child has stopped
   */
  public static Thread follow(Process process, String threadName, Consumer<String> lines, Runnable ended) {
    Thread output = new Thread(() -> {
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        reader.lines().forEach(lines);
      } catch (IOException | UncheckedIOException e) {
        // the child closed its output; its exit is reported by whoever waits for it
      }
      ended.run();
    }, threadName);
    output.setDaemon(true);
    output.start();
    return output;
  }
}
