package org.chorus.query.deadletter;

import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/parked} (ADMIN) lists the parked aggregates; {@code POST /actuator/parked/{aggregateId}}
 * replays one in sequence order after a fix.
 */
@Component
@Endpoint(id = "parked")
class ParkedEndpoint {
    private final ParkedAggregates parked;
    private final Replay replay;

    ParkedEndpoint(ParkedAggregates parked, Replay replay) {
        this.parked = parked;
        this.replay = replay;
    }

    @ReadOperation
    Map<String, List<ParkedView>> parked() {
        return Map.of("aggregates", parked.all().stream().map(ParkedView::of).toList());
    }

    @WriteOperation
    ReplayResult replay(@Selector String aggregateId) {
        return replay.replay(aggregateId);
    }

    record ParkedView(String aggregateId, String topic, String reason, long firstSequence, int parkedEvents,
            String since) {

        static ParkedView of(ParkedAggregate aggregate) {
            return new ParkedView(aggregate.aggregateId(), aggregate.topic(), aggregate.reason(),
                    aggregate.firstSequence(), aggregate.entries().size(), aggregate.since().toString());
        }
    }
}
