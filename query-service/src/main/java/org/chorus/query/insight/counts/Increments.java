package org.chorus.query.insight.counts;

import java.util.Map;

/** Adds to one counter, at most once per operation id. */
interface Increments {

    void add(String counterKey, int delta, String operationId);

    /** Adds to each counter, each at most once per operation id; in any order, so stopping part way leaves any subset. */
    default void addAll(Map<String, Integer> deltas, String operationId) {
        deltas.forEach((counterKey, delta) -> add(counterKey, delta, operationId));
    }
}
