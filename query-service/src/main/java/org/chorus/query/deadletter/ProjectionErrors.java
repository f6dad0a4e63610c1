package org.chorus.query.deadletter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts {@code chorus.projection.errors}: every try of a record that failed as poison, by topic. */
final class ProjectionErrors {
    static final String NAME = "chorus.projection.errors";

    private final MeterRegistry registry;

    ProjectionErrors(MeterRegistry registry) {
        this.registry = registry;
    }

    void failed(String topic) {
        Counter.builder(NAME).description("Event records a projection could not apply (poison, not outages)")
                .tag("topic", topic).register(registry).increment();
    }
}
