package org.chorus.command.publishing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the Kafka publisher is behind the event store, in global indexes: the event store's head minus the lowest
 * position every publisher segment has passed, read from the token store (so it covers segments another instance
 * holds). Also the gauge {@code chorus.publisher.lag}. A segment without a token has passed nothing.
 */
@Component
class PublishingPosition {
    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    PublishingPosition(JdbcTemplate jdbc, Serializer serializer, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        Gauge.builder("chorus.publisher.lag", this, position -> position.now().lag())
                .description("Global indexes the Kafka publisher is behind the event store head")
                .register(meters);
    }

    /** The head of the event store, the lowest index every publisher segment has passed, and the difference. */
    record Position(long eventStoreHead, long published, long lag) {
    }

    Position now() {
        long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        List<Long> segments = jdbc.query("SELECT token, token_type FROM token_entry WHERE processor_name = ?",
                (rs, n) -> passed(rs.getBytes(1), rs.getString(2)), KafkaEventPublisher.PROCESSOR);
        long published = segments.stream().mapToLong(Long::longValue).min().orElse(0);
        return new Position(head, published, Math.max(0, head - published));
    }

    private long passed(byte[] token, String type) {
        if (token == null || type == null) {
            return 0;
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        OptionalLong position = tracking == null ? OptionalLong.empty() : tracking.position();
        return position.orElse(0);
    }
}
