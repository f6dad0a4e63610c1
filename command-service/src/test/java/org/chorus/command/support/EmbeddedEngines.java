package org.chorus.command.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import org.springframework.boot.SpringApplication;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * PostgreSQL from zonky (durable settings switched on) and an in-process Kafka KRaft broker: no Docker needed. Both
 * are stopped when the JVM exits, after Spring's shutdown hook has closed the cached test contexts. Stopped in
 * shutdown hooks of their own (zonky registers one by default), they went while the contexts closed, whose processors
 * then waited for connections to a database that was gone until the test JVM was killed, 30 seconds later.
 */
final class EmbeddedEngines {

    private EmbeddedEngines() {
    }

    static UnaryOperator<String> postgres() {
        EmbeddedPostgres postgres;
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
        return database -> postgres.getJdbcUrl("postgres", database);
    }

    static String kafka() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.afterPropertiesSet();
        SpringApplication.getShutdownHandlers().add(kafka::destroy);
        return kafka.getBrokersAsString();
    }
}
