package org.chorus.command.publishing;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What query-service's consistency check asks of the event store (role INTERNAL): every aggregate's last sequence,
 * and a republish of one aggregate from a sequence when Kafka is short of it.
 */
@RestController
class InternalPublishingController {
    private final AggregateHeads heads;
    private final Republisher republisher;

    InternalPublishingController(AggregateHeads heads, Republisher republisher) {
        this.heads = heads;
        this.republisher = republisher;
    }

    @GetMapping("/internal/v1/aggregates")
    AggregateHeads.Page aggregates(@RequestParam(required = false) @Nullable String after,
                                   @RequestParam(defaultValue = "" + AggregateHeads.DEFAULT_LIMIT) int limit) {
        return heads.after(after, limit);
    }

    @PostMapping("/internal/v1/aggregates/{id}/republish")
    Map<String, Object> republish(@PathVariable String id, @RequestParam(defaultValue = "0") long fromSequence) {
        return Map.of("aggregateId", id, "republished", republisher.aggregate(id, fromSequence));
    }
}
