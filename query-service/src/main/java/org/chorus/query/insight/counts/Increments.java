package org.chorus.query.insight.counts;

/** Adds to one counter, at most once per operation id. */
interface Increments {

    void add(String counterKey, int delta, String operationId);
}
