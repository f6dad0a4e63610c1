package org.chorus.command.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import org.chorus.web.engines.EngineSwitch;

/**
 * Real engines shared by every command-service integration test in this JVM: PostgreSQL (durable settings switched
 * on) and a Kafka broker, each started once, on first use. {@value EngineSwitch#SWITCH} picks where they run:
 * {@code embedded} (the default: {@link EmbeddedEngines}, no Docker needed) or {@code containers}
 * ({@link ContainerEngines}: the official images through Testcontainers).
 */
public final class TestEngines {
    private static UnaryOperator<String> postgres;
    private static String kafka;
    private static Path dataDir;

    private TestEngines() {
    }

    /** The JDBC URL of a database on the shared PostgreSQL; user and password are both {@code postgres}. */
    public static synchronized String jdbcUrl(String database) {
        if (postgres == null) {
            postgres = EngineSwitch.containers() ? ContainerEngines.postgres() : EmbeddedEngines.postgres();
        }
        return postgres.apply(database);
    }

    public static String jdbcUrl() {
        return jdbcUrl("postgres");
    }

    public static Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }

    public static synchronized String kafkaServers() {
        if (kafka == null) {
            kafka = EngineSwitch.containers() ? ContainerEngines.kafka() : EmbeddedEngines.kafka();
        }
        return kafka;
    }

    public static synchronized Path dataDir() {
        if (dataDir == null) {
            try {
                dataDir = Files.createTempDirectory("chorus-command-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dataDir;
    }

    public static String setting(String name) throws SQLException {
        try (Connection connection = connection();
             ResultSet rs = connection.createStatement().executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
