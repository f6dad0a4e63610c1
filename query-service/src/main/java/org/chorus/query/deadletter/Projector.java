package org.chorus.query.deadletter;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Applies one event record to the read models its topic feeds. */
@FunctionalInterface
public interface Projector {

    /**
     * @return false when the record's event had already been applied
     * @throws RuntimeException when it cannot be applied; {@link Failures} tells a passing outage from poison
     */
    boolean apply(ConsumerRecord<String, String> record);
}
