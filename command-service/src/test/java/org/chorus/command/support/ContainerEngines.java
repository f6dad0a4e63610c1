package org.chorus.command.support;

import java.util.function.UnaryOperator;
import org.chorus.web.engines.EngineSwitch;
import org.springframework.boot.SpringApplication;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The official PostgreSQL and Apache Kafka images through Testcontainers, for {@code -Dchorus.test.engines=containers}
 * on a machine with Docker. Stopped with the embedded engines' care: after the cached test contexts have closed.
 */
final class ContainerEngines {
    static final String POSTGRES_IMAGE = "postgres:18";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.0";

    private ContainerEngines() {
    }

    static UnaryOperator<String> postgres() {
        EngineSwitch.requireDocker();
        // Testcontainers starts PostgreSQL with fsync=off unless told otherwise; the tests need it durable
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withDatabaseName("postgres").withUsername("postgres").withPassword("postgres")
                .withCommand("postgres", "-c", "fsync=on", "-c", "synchronous_commit=on",
                        "-c", "track_commit_timestamp=on");
        postgres.start();
        SpringApplication.getShutdownHandlers().add(postgres::stop);
        String server = "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/";
        return database -> server + database + "?user=postgres&password=postgres";
    }

    static String kafka() {
        EngineSwitch.requireDocker();
        // three partitions a topic, as the embedded broker makes them
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE).withEnv("KAFKA_NUM_PARTITIONS", "3");
        kafka.start();
        SpringApplication.getShutdownHandlers().add(kafka::stop);
        return kafka.getBootstrapServers();
    }
}
