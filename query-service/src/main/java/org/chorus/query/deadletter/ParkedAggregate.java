package org.chorus.query.deadletter;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** An aggregate held back by a poison record, with every record of it parked since, in the order to replay them. */
record ParkedAggregate(String aggregateId, String topic, String reason, String exception, long firstSequence,
        Instant since, List<ParkedEntry> entries) {

    ParkedAggregate {
        entries = entries.stream()
                .sorted(Comparator.comparingLong(ParkedEntry::sequence).thenComparingLong(ParkedEntry::dltOffset))
                .toList();
    }

    /** Whether this very record (a redelivery) is parked already. */
    boolean holds(ConsumerRecord<?, ?> record) {
        return topic.equals(record.topic()) && entries.stream().anyMatch(entry -> entry.consumedAs(record));
    }
}
