package org.chorus.infra.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** A real PostgreSQL server whose data directory survives restarts. */
public final class LocalPostgres implements AutoCloseable {

  public static final String USER = "postgres";
  public static final String PASSWORD = "postgres";

  private final EmbeddedPostgres postgres;
  private final Path dataDir;

  private LocalPostgres(EmbeddedPostgres postgres, Path dataDir) {
    this.postgres = postgres;
    this.dataDir = dataDir;
  }

  public static LocalPostgres start(Path dataDir, int port) throws IOException {
    Files.createDirectories(dataDir.getParent());
    // zonky defaults favour speed over durability; the stack and the tests must not lose committed events
    EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(false)
        .setPort(port)
        .setRegisterShutdownHook(false)
        .setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .start();
    LocalPostgres local = new LocalPostgres(postgres, dataDir);
    try {
      local.requireSetting("fsync", "on");
      local.requireSetting("synchronous_commit", "on");
    } catch (SQLException | IllegalStateException e) {
      local.close();
      throw new IllegalStateException("PostgreSQL started without durable settings", e);
    }
    return local;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
  }

  public int port() {
    return postgres.getPort();
  }

  /** The server's main process (pg_ctl detaches it), from the first line of {@code postmaster.pid}. */
  public ProcessHandle postmaster() throws IOException {
    String pid = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim();
    return ProcessHandle.of(Long.parseLong(pid))
        .orElseThrow(() -> new IllegalStateException("PostgreSQL's postmaster " + pid + " is not running"));
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
  }

  public String setting(String name) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement("SELECT current_setting(?)")) {
      statement.setString(1, name);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  private void requireSetting(String name, String expected) throws SQLException {
    String actual = setting(name);
    if (!expected.equals(actual)) {
      throw new IllegalStateException(name + " is '" + actual + "', expected '" + expected + "'");
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  @Override
  public String toString() {
    return "PostgreSQL at " + jdbcUrl();
  }
}
