package org.chorus.query.rebuild;

import org.chorus.query.mongo.ActiveDatabase;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/readmodels} (ADMIN): the active read-model database, its content hash and its documents per
 * collection. Two databases with the same hash hold the same read models.
 */
@Component
@Endpoint(id = "readmodels")
class ReadModelsEndpoint {
    private final ActiveDatabase active;

    ReadModelsEndpoint(ActiveDatabase active) {
        this.active = active;
    }

    @ReadOperation
    ReadModelDigest readModels() {
        return ContentHash.of(active.database(active.active()));
    }
}
