package org.chorus.command.publishing;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.chorus.kernel.event.EventHeaders;
import org.chorus.kernel.event.EventTypes;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.event.Topics;

/**
 * The one place a stored event becomes a Kafka record: the aggregate type's topic, keyed by aggregate id, the payload
 * as kernel JSON and the event's facts as headers. The publisher and the republish tool both send what this builds,
 * so a republished event is byte for byte the record the publisher would have sent.
 */
final class EventRecords {
    private static final AnnotationRevisionResolver REVISIONS = new AnnotationRevisionResolver();

    private EventRecords() {
    }

    static ProducerRecord<String, byte[]> of(DomainEventMessage<?> message) {
        return new ProducerRecord<>(Topics.forAggregateType(message.getType()), null,
                message.getAggregateIdentifier(), KernelJson.mapper().writeValueAsBytes(message.getPayload()),
                headers(message));
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
}
