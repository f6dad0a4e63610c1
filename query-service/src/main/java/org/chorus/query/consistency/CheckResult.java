package org.chorus.query.consistency;

import java.time.Instant;
import java.util.List;

/**
 * What one check found: how many aggregates it compared, the differences, and, apart from them, the aggregates that
 * only lag because the live consumers have not reached their latest records yet, and those held back on purpose
 * because they are parked (replayed with {@code POST /actuator/parked/{id}} once fixed).
 */
public record CheckResult(Instant checkedAt, int aggregates, List<Difference> differences, List<Difference> pending,
        List<Difference> parked) {

    public CheckResult {
        differences = List.copyOf(differences);
        pending = List.copyOf(pending);
        parked = List.copyOf(parked);
    }
}
