package org.chorus.query.rebuild;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/rebuild} (ADMIN) starts a rebuild of the read models into a fresh database (or answers the
 * one running); {@code GET /actuator/rebuild} shows its progress. The body may say
 * {@code {"swapWhenHashesDiffer":true}} to switch even when the rebuilt content differs from the live one (after a
 * projection was changed on purpose); without it such a rebuild fails and the live database stays.
 */
@Component
@Endpoint(id = "rebuild")
class RebuildEndpoint {
    private final RebuildJob job;

    RebuildEndpoint(RebuildJob job) {
        this.job = job;
    }

    @WriteOperation
    RebuildStatus start(@Nullable Boolean swapWhenHashesDiffer) {
        return job.start(Boolean.TRUE.equals(swapWhenHashesDiffer));
    }

    @ReadOperation
    RebuildStatus status() {
        return job.status();
    }
}
