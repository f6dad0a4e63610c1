package org.chorus.command.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.boot.SpringApplication;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Real engines shared by every command-service integration test in this JVM: PostgreSQL (zonky, durable settings
 * switched on) and a Kafka KRaft broker. Started once, stopped when the JVM exits, after Spring's shutdown hook has
 * closed the cached test contexts. Stopped in shutdown hooks of their own (zonky registers one by default), they went
 * while the contexts closed, whose processors then waited for connections to a database that was gone until the
 * test JVM was killed, 30 seconds later.
 */
public final class TestEngines {
    private static EmbeddedPostgres postgres;
    private static EmbeddedKafkaKraftBroker kafka;
    private static Path dataDir;

    private TestEngines() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("track_commit_timestamp", "on")
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            });
        }
        return postgres;
    }

    public static synchronized EmbeddedKafkaKraftBroker kafka() {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.afterPropertiesSet();
            SpringApplication.getShutdownHandlers().add(kafka::destroy);
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

    public static String jdbcUrl() {
        return postgres().getJdbcUrl("postgres", "postgres");
    }

    public static String setting(String name) throws SQLException {
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
             ResultSet rs = connection.createStatement().executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
