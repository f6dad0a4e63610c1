package org.chorus.infra.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chorus.infra.local.StackConfig;

/** The fat jars the reactor packages before infra's tests run. */
public final class ServiceJars {

  private ServiceJars() {}

  public static Path repoDir() {
    return Path.of(System.getProperty("chorus.repo.dir", "..")).toAbsolutePath().normalize();
  }

  public static Path jar(String module) {
    return StackConfig.serviceJar(repoDir(), module);
  }

  public static Path command() {
    return jar("command-service");
  }

  public static Path query() {
    return jar("query-service");
  }

  public static boolean present() {
    return Files.isRegularFile(command()) && Files.isRegularFile(query());
  }
}
