package org.chorus.query.testsupport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.chorus.web.engines.EngineSwitch;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The official Apache Kafka image behind spring-kafka's broker interface, for {@code -Dchorus.test.engines=containers}
 * on a machine with Docker: a fresh container, started with the {@link TestKafka}'s partitions, broker properties
 * and topics, and stopped by {@link #destroy()}. What only an in-process broker can do (ports, properties after the
 * start, the consume helpers, which no test uses) is unsupported.
 */
final class KafkaContainerBroker implements EmbeddedKafkaBroker {
    static final String IMAGE = "apache/kafka:4.1.0";
    private static final int ADMIN_TIMEOUT_SECONDS = 30;
    private final KafkaContainer kafka;
    private final int partitions;
    private final Set<String> topics = ConcurrentHashMap.newKeySet();

    private KafkaContainerBroker(KafkaContainer kafka, int partitions) {
        this.kafka = kafka;
        this.partitions = partitions;
    }

    static KafkaContainerBroker start(TestKafka spec, Function<String, String> resolver) {
        EngineSwitch.requireDocker();
        KafkaContainer kafka = new KafkaContainer(IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(spec.partitions()));
        brokerProperties(spec, resolver).forEach((name, value) -> kafka.withEnv(environmentVariable(name), value));
        kafka.start();
        KafkaContainerBroker broker = new KafkaContainerBroker(kafka, spec.partitions());
        try {
            broker.addTopics(Arrays.stream(spec.topics()).map(resolver).toArray(String[]::new));
        } catch (RuntimeException e) {
            kafka.stop();
            throw e;
        }
        return broker;
    }

    private static Map<String, String> brokerProperties(TestKafka spec, Function<String, String> resolver) {
        Properties properties = new Properties();
        for (String property : spec.brokerProperties()) {
            try {
                properties.load(new StringReader(resolver.apply(property)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, String> byName = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> byName.put(name, properties.getProperty(name)));
        return byName;
    }

    // the image's own mapping, reversed: '.' is written '_', '-' '__' and '_' '___'
    static String environmentVariable(String brokerProperty) {
        return "KAFKA_" + brokerProperty.replace("_", "___").replace("-", "__").replace(".", "_")
                .toUpperCase(Locale.ROOT);
    }

    @Override
    public String getBrokersAsString() {
        return kafka.getBootstrapServers();
    }

    @Override
    public Set<String> getTopics() {
        return Set.copyOf(topics);
    }

    @Override
    public int getPartitionsPerTopic() {
        return partitions;
    }

    @Override
    public void addTopics(String... names) {
        addTopics(Arrays.stream(names).map(name -> new NewTopic(name, partitions, (short) 1))
                .toArray(NewTopic[]::new));
    }

    @Override
    public void addTopics(NewTopic... newTopics) {
        Map<String, Exception> failures = addTopicsWithResults(newTopics);
        if (!failures.isEmpty()) {
            IllegalStateException failed = new IllegalStateException("Topics not created: " + failures.keySet());
            failures.values().forEach(failed::addSuppressed);
            throw failed;
        }
    }

    @Override
    public Map<String, Exception> addTopicsWithResults(String... names) {
        return addTopicsWithResults(Arrays.stream(names).map(name -> new NewTopic(name, partitions, (short) 1))
                .toArray(NewTopic[]::new));
    }

    @Override
    public Map<String, Exception> addTopicsWithResults(NewTopic... newTopics) {
        if (newTopics.length == 0) {
            return Map.of();
        }
        Map<String, Exception> failures = new HashMap<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, getBrokersAsString()))) {
            admin.createTopics(List.of(newTopics)).values().forEach((topic, created) -> {
                try {
                    created.get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    topics.add(topic);
                } catch (ExecutionException | TimeoutException e) {
                    failures.put(topic, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.put(topic, e);
                }
            });
        }
        return failures;
    }

    @Override
    public void destroy() {
        kafka.stop();
    }

    @Override
    public EmbeddedKafkaBroker kafkaPorts(int... ports) {
        throw configuredByTestKafka();
    }

    @Override
    public EmbeddedKafkaBroker brokerProperties(Map<String, String> properties) {
        throw configuredByTestKafka();
    }

    @Override
    public EmbeddedKafkaBroker brokerListProperty(String brokerListProperty) {
        throw configuredByTestKafka();
    }

    @Override
    public EmbeddedKafkaBroker adminTimeout(int adminTimeout) {
        throw configuredByTestKafka();
    }

    @Override
    public void consumeFromEmbeddedTopics(Consumer<?, ?> consumer, boolean seekToEnd, String... topicsToConsume) {
        throw subscribeYourself();
    }

    @Override
    public void consumeFromEmbeddedTopics(Consumer<?, ?> consumer, String... topicsToConsume) {
        throw subscribeYourself();
    }

    @Override
    public void consumeFromAnEmbeddedTopic(Consumer<?, ?> consumer, boolean seekToEnd, String topic) {
        throw subscribeYourself();
    }

    @Override
    public void consumeFromAnEmbeddedTopic(Consumer<?, ?> consumer, String topic) {
        throw subscribeYourself();
    }

    @Override
    public void consumeFromAllEmbeddedTopics(Consumer<?, ?> consumer, boolean seekToEnd) {
        throw subscribeYourself();
    }

    @Override
    public void consumeFromAllEmbeddedTopics(Consumer<?, ?> consumer) {
        throw subscribeYourself();
    }

    private static UnsupportedOperationException configuredByTestKafka() {
        return new UnsupportedOperationException("the container broker is started as its @TestKafka says");
    }

    private static UnsupportedOperationException subscribeYourself() {
        return new UnsupportedOperationException("the container broker has no consume helpers: subscribe the "
                + "consumer to the topics and poll until it has its partitions");
    }
}
