package org.chorus.command.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Sends stored events to Kafka again, as {@link EventRecords} builds them for the publisher, and returns only once the
 * broker acknowledged every one. Consumers apply events by aggregate sequence, so a record they already have is
 * ignored; an aggregate is always republished from a sequence to its end, so its records arrive in order.
 */
@Component
class Republisher {
    private final EventStore events;
    private final KafkaTemplate<String, byte[]> kafka;
    private final JdbcTemplate jdbc;

    Republisher(EventStore events, KafkaTemplate<String, byte[]> kafka, JdbcTemplate jdbc) {
        this.events = events;
        this.kafka = kafka;
        this.jdbc = jdbc;
    }

    /** Republishes the aggregate's events with sequence {@code >= fromSequence}; answers how many were sent. */
    int aggregate(String aggregateId, long fromSequence) {
        List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>();
        DomainEventStream stream = events.readEvents(aggregateId, Math.max(0, fromSequence));
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getType() != null) {
                sends.add(kafka.send(EventRecords.of(event)));
            }
        }
        Acknowledgements.await(kafka, sends, "Kafka did not acknowledge a republished event of " + aggregateId);
        return sends.size();
    }

    /**
     * Republishes every aggregate with an event whose global index lies in {@code [fromGlobalIndex, toGlobalIndex]},
     * from its first event in that range to its end.
     */
    int globalIndexes(long fromGlobalIndex, long toGlobalIndex) {
        List<Start> starts = jdbc.query("SELECT aggregate_identifier, min(sequence_number) AS first_sequence"
                        + " FROM domain_event_entry WHERE global_index BETWEEN ? AND ? AND type IS NOT NULL"
                        + " GROUP BY aggregate_identifier ORDER BY aggregate_identifier",
                (rs, n) -> new Start(rs.getString(1), rs.getLong(2)), fromGlobalIndex, toGlobalIndex);
        int sent = 0;
        for (Start start : starts) {
            sent += aggregate(start.aggregateId(), start.fromSequence());
        }
        return sent;
    }

    private record Start(String aggregateId, long fromSequence) {
    }
}
