package org.chorus.command.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.chorus.command.support.FreshDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event store's readers see an event as soon as the transaction that appended it commits, also when the unit of
 * work joined a transaction opened before it (as every command's does: the idempotency record's). On PostgreSQL, with
 * the store's fetch delay set to an hour, so that a reader left waiting for its next fetch would not see it at all.
 */
class CommitAwareEventStoreTest {
    private final DriverManagerDataSource database = new DriverManagerDataSource(
            FreshDatabase.jdbcUrl("commit_aware_" + UUID.randomUUID().toString().replace("-", "")), "postgres",
            "postgres");
    private final DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
    private final SpringTransactionManager axonTransactions = new SpringTransactionManager(transactions);
    private final EmbeddedEventStore store = store();
    private final BlockingStream<TrackedEventMessage<?>> reader = store.openStream(null);

    @AfterEach
    void shutDown() {
        reader.close();
        store.shutDown();
    }

    @Test
    void anEventAppendedInsideAnOuterTransactionIsReadOnceThatTransactionCommits() throws InterruptedException {
        assertThat(reader.hasNextAvailable(1, TimeUnit.SECONDS)).as("nothing stored yet").isFalse();

        new TransactionTemplate(transactions).executeWithoutResult(outer -> {
            appendInUnitOfWork("story-1");
            // the unit of work has committed and woken the readers, but the events are not visible until the outer
            // transaction commits: give the reader the time to look and find nothing
            pause();
        });

        assertThat(reader.hasNextAvailable(30, TimeUnit.SECONDS)).as("read after the outer commit").isTrue();
        assertThat(reader.nextAvailable().getPayload()).isEqualTo("story-1");
    }

    @Test
    void anEventAppendedInTheUnitOfWorksOwnTransactionIsReadAtOnce() throws InterruptedException {
        assertThat(reader.hasNextAvailable(1, TimeUnit.SECONDS)).isFalse();

        appendInUnitOfWork("story-2");

        assertThat(reader.hasNextAvailable(30, TimeUnit.SECONDS)).isTrue();
        assertThat(reader.nextAvailable().getPayload()).isEqualTo("story-2");
    }

    private void appendInUnitOfWork(String payload) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(axonTransactions);
        store.publish(new GenericDomainEventMessage<>("Story", payload, 0, payload));
        unitOfWork.commit();
    }

    private EmbeddedEventStore store() {
        Jackson3Serializer serializer = Jackson3Serializer.builder().build();
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new SpringDataSourceConnectionProvider(database))
                .transactionManager(axonTransactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        engine.createSchema(PostgresEventTableFactory.INSTANCE);
        return new CommitAwareEventStore(EmbeddedEventStore.builder().storageEngine(engine)
                .fetchDelay(1).timeUnit(TimeUnit.HOURS));
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
