package org.chorus.query.rebuild;

/** A record the rebuild could not apply; its aggregate's later records are held back behind it. */
record RecordFailure(String topic, int partition, long offset, String aggregateId, String reason) {
}
