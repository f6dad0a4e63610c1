package org.chorus.query.sharing;

import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.chorus.kernel.sharing.InsightStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The curated stream, on unless {@code chorus.sharing.enabled=false}. Its topic is compacted: a new subscriber reads
 * the latest record of every story, and the records before a tombstone are removed within
 * {@code max.compaction.lag.ms} (its words were sealed under a key erasure destroyed in any case). Tombstones stay
 * for {@code delete.retention.ms}, the time a subscriber has to see them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "chorus.sharing.enabled", havingValue = "true", matchIfMissing = true)
class SharingConfiguration {

    @Bean
    NewTopic insightStories(@Value("${chorus.sharing.partitions:3}") int partitions,
            @Value("${chorus.sharing.compaction-lag:1h}") Duration compactionLag,
            @Value("${chorus.sharing.tombstone-retention:7d}") Duration tombstoneRetention) {
        return TopicBuilder.name(InsightStream.TOPIC).partitions(partitions).compact()
                .config(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, Long.toString(compactionLag.toMillis()))
                .config(TopicConfig.SEGMENT_MS_CONFIG, Long.toString(compactionLag.toMillis()))
                .config(TopicConfig.DELETE_RETENTION_MS_CONFIG, Long.toString(tombstoneRetention.toMillis()))
                .build();
    }

    @Bean
    InsightPublisher insightPublisher(KafkaTemplate<String, String> kafka,
            @Value("${chorus.sharing.send-timeout:30s}") Duration timeout) {
        return new InsightPublisher(kafka, timeout);
    }
}
