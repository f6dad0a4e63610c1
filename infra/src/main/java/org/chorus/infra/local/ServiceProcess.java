package org.chorus.infra.local;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A service fat jar running as a child JVM, its output handed over line by line. */
public final class ServiceProcess implements AutoCloseable {

  private static final Duration GRACE = Duration.ofSeconds(20);

  private final String name;
  private final Process process;
  private final URI baseUrl;
  private final Thread output;

  private ServiceProcess(String name, Process process, URI baseUrl, Thread output) {
    this.name = name;
    this.process = process;
    this.baseUrl = baseUrl;
    this.output = output;
  }

  public static ServiceProcess start(String name, Path jar, Map<String, String> env, int port, Consumer<String> lines)
      throws IOException {
    requireJar(jar);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar.toString())
        .directory(jar.getParent().toFile())
        .redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    Thread output = ProcessOutput.follow(process, name + "-output", lines, () -> { });
    return new ServiceProcess(name, process, URI.create("http://localhost:" + port), output);
  }

  public static void requireJar(Path jar) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("Service jar not found at " + jar
          + ". Package it first: ./mvnw -DskipTests package (or start everything with ./mvnw -Pstack -DskipTests package).");
    }
  }

  public String name() {
    return name;
  }

  public URI baseUrl() {
    return baseUrl;
  }

  /** The child's process id, to sample its CPU and memory. */
  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public void awaitHealthy(Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/actuator/health"))
        .timeout(Duration.ofSeconds(5))
        .GET()
        .build();
    Instant deadline = Instant.now().plus(timeout);
    String last = "no answer yet";
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with code " + process.exitValue()
            + " before it became healthy; see the [" + name + "] lines above");
      }
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
        last = "HTTP " + response.statusCode() + " " + response.body();
      } catch (ConnectException e) {
        last = "connection refused";
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(name + " was not healthy at " + request.uri() + " within "
        + timeout.toSeconds() + " s (last: " + last + "). Raise CHORUS_HEALTH_TIMEOUT_SECONDS if the machine is slow.");
  }

  /** SIGKILL, as a crash would: no shutdown hook runs. Returns once the process is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
    output.join(2000);
  }

  /** The exit code once the process ends within {@code timeout}, or empty while it still runs. */
  public Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return Optional.empty();
    }
    output.join(2000);
    return Optional.of(process.exitValue());
  }

  /** SIGTERM through the handle: {@code Process.destroy()} would also close the pipe and lose the last lines. */
  public void requestStop() {
    process.toHandle().destroy();
  }

  /** SIGTERM first so Spring shuts down gracefully; a child that hangs is killed after the grace period. */
  @Override
  public void close() throws InterruptedException {
    requestStop();
    if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
    }
    output.join(2000);
  }

  @Override
  public String toString() {
    return name + " at " + baseUrl;
  }
}
