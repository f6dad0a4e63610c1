package org.chorus.command.publishing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.chorus.kernel.event.EventHeaders;
import org.chorus.kernel.event.EventTypes;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.event.Topics;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Publishes every committed event to Kafka, keyed by aggregate id. Runs in a pooled streaming processor: sends of a
 * batch go out together, and the batch (and so the processor's token) only commits once the broker acknowledged
 * every one of them. A failure rolls the batch back and it is sent again: at least once, in order per aggregate.
 */
@Component
@ProcessingGroup("kafka-publisher")
class KafkaEventPublisher {
    private static final String PENDING = KafkaEventPublisher.class.getName() + ".pending";
    private static final AnnotationRevisionResolver REVISIONS = new AnnotationRevisionResolver();

    private final KafkaTemplate<String, byte[]> kafka;

    KafkaEventPublisher(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    @EventHandler
    void publish(Object payload, DomainEventMessage<?> message) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.forAggregateType(message.getType()), null,
                message.getAggregateIdentifier(), KernelJson.mapper().writeValueAsBytes(payload), headers(message));
        pendingSends().add(kafka.send(record));
    }

    private static RecordHeaders headers(DomainEventMessage<?> message) {
        RecordHeaders headers = new RecordHeaders();
        String revision = REVISIONS.revisionOf(message.getPayloadType());
        add(headers, EventHeaders.EVENT_ID, message.getIdentifier());
        add(headers, EventHeaders.EVENT_TYPE, EventTypes.nameOf(message.getPayloadType()));
        add(headers, EventHeaders.REVISION, revision == null ? "0" : revision);
        add(headers, EventHeaders.AGGREGATE_TYPE, message.getType());
        add(headers, EventHeaders.SEQUENCE, Long.toString(message.getSequenceNumber()));
        add(headers, EventHeaders.TIMESTAMP, message.getTimestamp().toString());
        addCause(headers, message, EventHeaders.CAUSED_BY, "system");
        addCause(headers, message, EventHeaders.CAUSED_BY_ROLE, "SYSTEM");
        addCause(headers, message, EventHeaders.CAUSED_BY_ORGANISATION, "");
        return headers;
    }

    // events stored before causes were recorded carry none: the system is named for them
    private static void addCause(RecordHeaders headers, DomainEventMessage<?> message, String name, String absent) {
        Object value = message.getMetaData().get(name);
        add(headers, name, value == null ? absent : value.toString());
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private List<CompletableFuture<SendResult<String, byte[]>>> pendingSends() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> awaitAcknowledgements(sends));
            return sends;
        });
    }

    private void awaitAcknowledgements(List<CompletableFuture<SendResult<String, byte[]>>> sends) {
        kafka.flush();
        for (CompletableFuture<SendResult<String, byte[]>> send : sends) {
            try {
                send.get(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Kafka did not acknowledge an event; the batch will be retried", e);
            }
        }
    }
}
