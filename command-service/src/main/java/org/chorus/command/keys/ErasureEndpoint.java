package org.chorus.command.keys;

import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/erasures} (ADMIN): replays the erasure ledger into the key store on demand, after restoring
 * the key store without a restart, and answers how many erased keys had come back and were destroyed again.
 */
@Component
@Endpoint(id = "erasures")
class ErasureEndpoint {
    private final JdbcDataKeys keys;

    ErasureEndpoint(JdbcDataKeys keys) {
        this.keys = keys;
    }

    @WriteOperation
    Map<String, Integer> reapply() {
        return Map.of("keysDestroyedAgain", keys.reapplyErasures());
    }
}
