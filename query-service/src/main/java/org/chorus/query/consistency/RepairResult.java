package org.chorus.query.consistency;

import java.util.List;

/** What a repair republished, and what the check found once the republished events had had time to arrive. */
public record RepairResult(List<Repaired> repaired, List<Difference> differences, List<Difference> pending,
        List<Difference> parked) {

    public RepairResult {
        parked = List.copyOf(parked);
        repaired = List.copyOf(repaired);
        differences = List.copyOf(differences);
        pending = List.copyOf(pending);
    }
}
