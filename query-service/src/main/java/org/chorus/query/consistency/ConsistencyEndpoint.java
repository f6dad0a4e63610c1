package org.chorus.query.consistency;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/consistency} (ADMIN) runs the check now and answers what differs; {@code POST} repairs what it
 * can, then answers what the check finds afterwards. Only ids and sequence numbers are answered, never content.
 */
@Component
@Endpoint(id = "consistency")
class ConsistencyEndpoint {
    private final ConsistencyCheck check;
    private final ConsistencyRepair repair;

    ConsistencyEndpoint(ConsistencyCheck check, ConsistencyRepair repair) {
        this.check = check;
        this.repair = repair;
    }

    @ReadOperation
    CheckResult check() {
        return check.run();
    }

    @WriteOperation
    RepairResult repair() {
        return repair.repair();
    }
}
