package org.chorus.infra.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.chorus.infra.local.ServiceProcess;

/**
 * Spring Boot's recipe for a class data sharing archive, to cut the restarts that dominate the suite: the fat jar is
 * extracted ({@code -Djarmode=tools extract}), started once with {@code -XX:ArchiveClassesAtExit} and
 * {@code -Dspring.context.exit=onRefresh} against the running engines, and every later start maps the archive.
 */
record ClassDataArchive(Path jar, Path archive) {

  /** Extracts {@code fatJar} under {@code dir}; {@link #train} must run before the archive is used. */
  static ClassDataArchive extract(Path fatJar, Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process extract = new ProcessBuilder(List.of(java.toString(), "-Djarmode=tools", "-jar", fatJar.toString(),
        "extract", "--force", "--destination", dir.toString()))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("extract.log").toFile())
        .start();
    if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0) {
      throw new IllegalStateException("could not extract " + fatJar + "; see " + dir.resolve("extract.log"));
    }
    return new ClassDataArchive(dir.resolve(fatJar.getFileName()), dir.resolve("application.jsa"));
  }

  /** The training run: starts the service until its context has refreshed, and writes the archive on exit. */
  String trainingOptions(String jvmOptions) {
    return (jvmOptions + " -XX:ArchiveClassesAtExit=" + archive + " -Dspring.context.exit=onRefresh").strip();
  }

  String runOptions(String jvmOptions) {
    return (jvmOptions + " -XX:SharedArchiveFile=" + archive).strip();
  }

  static void awaitTraining(ServiceProcess training, ClassDataArchive archive) throws InterruptedException {
    Optional<Integer> exit = training.awaitExit(Duration.ofMinutes(5));
    if (exit.isEmpty() || !Files.isRegularFile(archive.archive())) {
      throw new IllegalStateException("the training run of " + training.name() + " wrote no archive (exit " + exit
          + ")");
    }
  }
}
