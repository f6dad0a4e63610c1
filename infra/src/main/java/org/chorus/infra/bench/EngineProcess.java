package org.chorus.infra.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.chorus.infra.local.EngineMain;
import org.chorus.infra.local.ProcessOutput;

/** An engine ({@link EngineMain}) as a child JVM on this JVM's class path; its output goes to {@code lines}. */
final class EngineProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration GRACE = Duration.ofSeconds(30);

  private final String name;
  private final Process process;
  private final String address;

  private EngineProcess(String name, Process process, String address) {
    this.name = name;
    this.process = process;
    this.address = address;
  }

  /** Starts {@code EngineMain} with {@code args} and returns once it is ready. */
  static EngineProcess start(String name, List<String> args, Consumer<String> lines) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), EngineMain.class.getName()));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<String> ready = new CompletableFuture<>();
    ProcessOutput.follow(process, name + "-output", line -> {
      lines.accept(line);
      if (line.startsWith(EngineMain.READY)) {
        ready.complete(line.substring(EngineMain.READY.length()).trim());
      }
    }, () -> ready.completeExceptionally(new IllegalStateException("the engine's output ended before it was ready")));
    try {
      return new EngineProcess(name, process, ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException(name + " did not start within " + START_TIMEOUT.toSeconds()
          + " s; see its log in the run's data folder", e);
    }
  }

  /** Where clients reach the engine: Kafka's bootstrap servers or the Mongo URI. */
  String address() {
    return address;
  }

  long pid() {
    return process.pid();
  }

  /** SIGTERM, so the engine closes its files; killed if it has not stopped after a grace period. */
  @Override
  public void close() throws InterruptedException {
    process.toHandle().destroy();
    if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
    }
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ")";
  }
}
