package org.chorus.command.publishing;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/republish} (ADMIN): the operator's tool for events the publisher skipped. Body either
 * {@code {"aggregateId":"...","fromSequence":0}} or {@code {"fromGlobalIndex":n,"toGlobalIndex":m}}; answers
 * {@code {"republished":n}} once the broker acknowledged them all.
 */
@Component
@Endpoint(id = "republish")
class RepublishEndpoint {
    private final Republisher republisher;

    RepublishEndpoint(Republisher republisher) {
        this.republisher = republisher;
    }

    @WriteOperation
    Map<String, Integer> republish(@Nullable String aggregateId, @Nullable Long fromSequence,
                                   @Nullable Long fromGlobalIndex, @Nullable Long toGlobalIndex) {
        if (aggregateId != null && !aggregateId.isBlank()) {
            return Map.of("republished", republisher.aggregate(aggregateId, fromSequence == null ? 0 : fromSequence));
        }
        if (fromGlobalIndex == null || toGlobalIndex == null || fromGlobalIndex > toGlobalIndex) {
            throw new InvalidEndpointRequestException("Give aggregateId (and fromSequence), or fromGlobalIndex <= toGlobalIndex.",
                    "neither an aggregate nor a global index range");
        }
        return Map.of("republished", republisher.globalIndexes(fromGlobalIndex, toGlobalIndex));
    }
}
