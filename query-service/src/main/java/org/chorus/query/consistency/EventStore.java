package org.chorus.query.consistency;

import java.util.List;

/** command-service's event store, as far as the check and the repair need it. */
interface EventStore {

    /** Every aggregate the event store holds, in id order. */
    List<StoredAggregate> aggregates();

    /**
     * Has command-service send the aggregate's stored events from {@code fromSequence} on to Kafka again, exactly as
     * its publisher does, and answers how many it sent once the broker acknowledged them.
     */
    long republish(String aggregateId, long fromSequence);
}
