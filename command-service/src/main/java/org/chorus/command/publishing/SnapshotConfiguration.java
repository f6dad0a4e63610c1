package org.chorus.command.publishing;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.MapperFeature;

/**
 * Snapshots of the aggregates whose histories grow without bound (a campaign's outreach logs, a session's
 * participants and contributions): every {@value #EVERY} events the aggregate's state is stored beside its events, so
 * loading it reads the snapshot and at most {@value #EVERY} events instead of its whole history. Loading already asked
 * for a snapshot, so this adds no round trip. A snapshot is taken on the command's own thread and transaction, after
 * its events: it commits or rolls back with them. It holds what the aggregate holds, personal fields sealed as in
 * the events.
 */
@Configuration(proxyBeanMethods = false)
public class SnapshotConfiguration {
    /** The bean an aggregate names in {@code @Aggregate(snapshotTriggerDefinition = ...)}. */
    public static final String EVERY_50_EVENTS = "snapshotEvery50Events";
    static final int EVERY = 50;

    @Bean(EVERY_50_EVENTS)
    SnapshotTriggerDefinition snapshotEvery50Events(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, EVERY);
    }

    /**
     * Aggregates keep their state in private fields without accessors, some of them final collections: snapshots are
     * written and read field by field, final fields included, never through getters or setters.
     */
    static Serializer snapshotSerializer() {
        return Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(mapper -> mapper
                        .enable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
                        .changeDefaultVisibility(visibility -> visibility
                                .withFieldVisibility(JsonAutoDetect.Visibility.ANY)
                                .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
                                .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE)
                                .withSetterVisibility(JsonAutoDetect.Visibility.NONE)))
                .build();
    }
}
