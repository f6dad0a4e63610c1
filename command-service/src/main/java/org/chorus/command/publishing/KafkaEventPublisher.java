package org.chorus.command.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Publishes every committed event to Kafka, keyed by aggregate id. Runs in a tracking processor of 4 segments: sends
 * of a batch go out together, and the batch (and so the processor's token) only commits once the broker acknowledged
 * every one of them. A failure rolls the batch back and it is sent again: at least once, in order per aggregate.
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSOR)
class KafkaEventPublisher {
    static final String PROCESSOR = "kafka-publisher";
    private static final String PENDING = KafkaEventPublisher.class.getName() + ".pending";

    private final KafkaTemplate<String, byte[]> kafka;

    KafkaEventPublisher(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    @EventHandler
    void publish(Object payload, DomainEventMessage<?> message) {
        pendingSends().add(kafka.send(EventRecords.of(message)));
    }

    private List<CompletableFuture<SendResult<String, byte[]>>> pendingSends() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> Acknowledgements.await(kafka, sends,
                    "Kafka did not acknowledge an event; the batch will be retried"));
            return sends;
        });
    }
}
