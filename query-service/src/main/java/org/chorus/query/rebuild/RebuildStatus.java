package org.chorus.query.rebuild;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code /actuator/rebuild} answers: the state ({@code IDLE}, {@code RUNNING}, {@code SWAPPED},
 * {@code FAILED}), the database being filled, events applied of the total on the topics, the rate, the time left,
 * both content hashes once compared, why the rebuild failed, and the records it could not apply.
 */
record RebuildStatus(String state, @Nullable String database, long applied, long total, double eventsPerSecond,
        @Nullable Double secondsLeft, @Nullable String liveHash, @Nullable String rebuiltHash,
        @Nullable String failure, List<RecordFailure> failures) {
}
