package org.chorus.query.deadletter;

import org.jspecify.annotations.Nullable;

/** The answer to a replay: how many parked records were applied, and why the aggregate is still parked if it is. */
record ReplayResult(String aggregateId, int replayed, boolean stillParked, @Nullable String reason) {

    static ReplayResult unparked(String aggregateId, int replayed) {
        return new ReplayResult(aggregateId, replayed, false, null);
    }
}
