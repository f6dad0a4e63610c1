package org.chorus.query.consumer;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.chorus.kernel.codebook.CodebookEvent;
import org.chorus.kernel.event.Topics;
import org.chorus.query.codebook.CodebookProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/** Feeds codebook revisions to their projection, on its own consumer in the shared group. */
@Component
class CodebookEventListener implements ConsumerSeekAware {
    static final String ID = "codebook-events";
    private static final Logger log = LoggerFactory.getLogger(CodebookEventListener.class);

    private final CodebookProjection codebook;
    private final ConsumerPositions positions;

    CodebookEventListener(CodebookProjection codebook, ConsumerPositions positions) {
        this.codebook = codebook;
        this.positions = positions;
    }

    @KafkaListener(id = ID, topics = Topics.CODEBOOK_EVENTS, groupId = "${spring.kafka.consumer.group-id}")
    public void onCodebook(ConsumerRecord<String, String> record) {
        CodebookEvent event = RecordHeaders.event(record, CodebookEvent.class);
        boolean applied = codebook.apply(event);
        log.debug("codebook revision {} {}", event.revision(), applied ? "applied" : "skipped");
        positions.applied(record.topic(), record.partition(), record.offset());
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        positions.seek(assignments.keySet(), callback);
    }
}
