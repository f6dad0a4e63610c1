package org.chorus.command.publishing;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Every aggregate in the event store with its last sequence, a page at a time in aggregate id order. */
@Component
class AggregateHeads {
    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;

    private final JdbcTemplate jdbc;

    AggregateHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One aggregate: its Axon type (the Kafka aggregate-type header), id and last stored sequence. */
    record Head(String type, String id, long lastSequence) {
    }

    /** A page of heads; {@code next} is the last id returned when more follow, else null. */
    record Page(List<Head> aggregates, @Nullable String next) {
    }

    Page after(@Nullable String after, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_LIMIT));
        List<Head> heads = jdbc.query("SELECT type, aggregate_identifier, max(sequence_number) FROM domain_event_entry"
                        + " WHERE type IS NOT NULL AND aggregate_identifier > ?"
                        + " GROUP BY aggregate_identifier, type ORDER BY aggregate_identifier LIMIT ?",
                (rs, n) -> new Head(rs.getString(1), rs.getString(2), rs.getLong(3)),
                after == null ? "" : after, size + 1);
        if (heads.size() <= size) {
            return new Page(heads, null);
        }
        List<Head> page = heads.subList(0, size);
        return new Page(List.copyOf(page), page.get(size - 1).id());
    }
}
