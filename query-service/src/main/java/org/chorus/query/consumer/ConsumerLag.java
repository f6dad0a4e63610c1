package org.chorus.query.consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The gauge {@code chorus.consumer.lag}, tagged {@code topic} and {@code partition}: the partition's end offset minus
 * the position the read models have applied, as {@link ConsumerPositions} keeps it in Mongo (what the consumer
 * resumes from; the group's committed offsets are only informative). A partition without a position lags by all it
 * holds. Measured by {@link #refresh()} in the background, so a scrape reads numbers and never waits for the broker;
 * the positions are shared, so every instance reports every partition.
 */
final class ConsumerLag implements AutoCloseable {
    static final String NAME = "chorus.consumer.lag";

    private final Admin admin;
    private final ConsumerPositions positions;
    private final Collection<String> topics;
    private final Duration timeout;
    private final MeterRegistry registry;
    private final Map<TopicPartition, Long> lags = new ConcurrentHashMap<>();

    ConsumerLag(Admin admin, ConsumerPositions positions, Collection<String> topics, Duration timeout,
            MeterRegistry registry) {
        this.admin = admin;
        this.positions = positions;
        this.topics = List.copyOf(topics);
        this.timeout = timeout;
        this.registry = registry;
    }

    /** Measures every partition of the topics that exist, and gauges the ones seen for the first time. */
    void refresh() throws ExecutionException, TimeoutException, InterruptedException {
        List<TopicPartition> partitions = partitions();
        Map<TopicPartition, Long> start = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> applied = positions.all();
        for (TopicPartition partition : partitions) {
            long next = Math.max(start.get(partition), applied.getOrDefault(partition, 0L));
            if (lags.put(partition, Math.max(0, end.get(partition) - next)) == null) {
                gauge(partition);
            }
        }
    }

    private void gauge(TopicPartition partition) {
        Gauge.builder(NAME, lags, measured -> measured.getOrDefault(partition, 0L))
                .description("Records of the partition the read models have not applied yet")
                .tag("topic", partition.topic()).tag("partition", Integer.toString(partition.partition()))
                .register(registry);
    }

    private List<TopicPartition> partitions() throws ExecutionException, TimeoutException, InterruptedException {
        Map<String, KafkaFuture<TopicDescription>> described = admin.describeTopics(topics,
                new DescribeTopicsOptions().timeoutMs(millis())).topicNameValues();
        List<TopicPartition> partitions = new ArrayList<>();
        for (KafkaFuture<TopicDescription> topic : described.values()) {
            try {
                TopicDescription description = topic.get(millis(), TimeUnit.MILLISECONDS);
                description.partitions().forEach(info ->
                        partitions.add(new TopicPartition(description.name(), info.partition())));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
        }
        return partitions;
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, TimeoutException, InterruptedException {
        if (partitions.isEmpty()) {
            return new HashMap<>();
        }
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(partition -> partition, any -> spec)),
                        new ListOffsetsOptions().timeoutMs(millis()))
                .all().get(millis(), TimeUnit.MILLISECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, offset -> offset.getValue().offset()));
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(1));
    }

    private int millis() {
        return (int) timeout.toMillis();
    }
}
