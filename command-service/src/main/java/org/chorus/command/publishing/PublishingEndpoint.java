package org.chorus.command.publishing;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/** {@code GET /actuator/publishing} (ADMIN): {@code {"eventStoreHead":n,"published":m,"lag":k}} in global indexes. */
@Component
@Endpoint(id = "publishing")
class PublishingEndpoint {
    private final PublishingPosition position;

    PublishingEndpoint(PublishingPosition position) {
        this.position = position;
    }

    @ReadOperation
    PublishingPosition.Position publishing() {
        return position.now();
    }
}
