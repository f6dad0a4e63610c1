package org.chorus.query.consistency;

/** An aggregate as the event store holds it: its Axon type, id and the sequence of its last event. */
record StoredAggregate(String type, String id, long lastSequence) {
}
