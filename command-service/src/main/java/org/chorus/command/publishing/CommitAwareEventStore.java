package org.chorus.command.publishing;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's embedded event store, whose readers are also woken when the transaction that appended the events commits.
 * The store wakes its shared reader (which feeds the publisher and the other streaming processors) when the unit of
 * work commits. Every command runs inside an outer transaction, the one that also keeps its idempotency record, which
 * the unit of work joins: the unit of work's commit comes before the database commit, so the reader it woke found
 * nothing yet and slept for its fetch delay, a second. Most events reached Kafka a second late. Here the reader is
 * woken again once the outer transaction has committed. A wake with nothing new costs one empty read.
 */
final class CommitAwareEventStore extends EmbeddedEventStore {

    CommitAwareEventStore(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        // the unit of work's own transaction, when it had one, has committed: wake the readers now
        super.afterCommit(events);
        // when it joined a transaction still open, wake them again once that one has committed
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake(events);
                }
            });
        }
    }

    private void wake(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
    }
}
