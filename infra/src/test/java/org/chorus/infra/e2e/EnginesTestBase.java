package org.chorus.infra.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs a test class against one set of engines shared by its tests. A subclass says where the engines come
 * from: {@link EmbeddedEngines} here, or {@link ContainerEngines} in a subclass annotated
 * {@code @Testcontainers(disabledWithoutDocker = true)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EnginesTestBase {

  private @Nullable Path dataDir;
  private @Nullable Engines engines;

  protected abstract Engines startEngines(Path dataDir) throws Exception;

  @BeforeAll
  final void startEnginesOnce() throws Exception {
    dataDir = Files.createTempDirectory("chorus-e2e-");
    engines = startEngines(dataDir);
  }

  @AfterAll
  final void stopEngines() throws Exception {
    if (engines != null) {
      engines.close();
      engines = null;
    }
    if (dataDir != null) {
      deleteRecursively(dataDir);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  protected final Engines engines() {
    if (engines == null) {
      throw new IllegalStateException("engines are not running");
    }
    return engines;
  }

  protected final Path dataDir() {
    if (dataDir == null) {
      throw new IllegalStateException("engines were never started");
    }
    return dataDir;
  }

  /** Stops the engines and starts them again on the same data folder. */
  protected final Engines restartEngines() throws Exception {
    engines().close();
    engines = null;
    engines = startEngines(dataDir());
    return engines;
  }

  /**
   * Starts both services against these engines. Their jars come from the reactor (run {@code ./mvnw verify} from
   * the root); a missing jar fails the test rather than skipping it, so the journey can never pass unseen.
   */
  protected final ServiceProcesses startServices() throws Exception {
    if (!ServiceJars.present()) {
      throw new IllegalStateException("service jars not built: " + ServiceJars.command() + ", " + ServiceJars.query()
          + ". Run ./mvnw verify from the repository root.");
    }
    return ServiceProcesses.start(engines(), dataDir());
  }
}
