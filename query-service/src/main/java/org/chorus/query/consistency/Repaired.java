package org.chorus.query.consistency;

/** One aggregate a repair had command-service republish, from which sequence, and how many events that sent. */
public record Repaired(String aggregateId, long fromSequence, long republished) {
}
