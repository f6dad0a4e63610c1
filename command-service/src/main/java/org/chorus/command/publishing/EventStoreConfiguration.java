package org.chorus.command.publishing;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * The JPA event store as Axon's auto-configuration builds it, with the gap settings of {@link EventStoreSettings}
 * instead of Axon's (1 minute, 10,000 indexes, 250 gaps), which can skip a slow commit for good. Defining the engine
 * switches Axon's JPA event store auto-configuration off, so its entities are registered here as it would. Snapshots
 * are serialized as {@link SnapshotConfiguration} says; events are numbered as {@link GlobalIndexDefault} says. The
 * event store over it is a {@link CommitAwareEventStore}.
 */
@Configuration(proxyBeanMethods = false)
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
class EventStoreConfiguration {

    @Bean
    @DependsOn("globalIndexDefault")
    EventStorageEngine eventStorageEngine(PersistenceExceptionResolver exceptions,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon,
                                          EntityManagerProvider entityManagers, TransactionManager transactions,
                                          EventStoreSettings settings) {
        return JpaEventStorageEngine.builder()
                .snapshotSerializer(SnapshotConfiguration.snapshotSerializer())
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .entityManagerProvider(entityManagers)
                .transactionManager(transactions)
                .gapTimeout(Math.toIntExact(settings.gapTimeout().toMillis()))
                .maxGapOffset(settings.maxGapOffset())
                .gapCleaningThreshold(settings.gapCleaningThreshold())
                .build();
    }

    /** Axon's embedded event store as its auto-configuration builds it, woken when commands' transactions commit. */
    @Bean
    EventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon) {
        return new CommitAwareEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class)));
    }
}
