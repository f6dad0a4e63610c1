package org.chorus.command.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.chorus.command.idempotency.Answer;
import org.chorus.kernel.event.KernelJson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sends a command and answers {@code 202 {id, version}}. Called inside the request's transaction, so the version is
 * the aggregate's own last event, committed together with it. The version is taken from the events the command
 * applied as they go to the event store (the command runs on the caller's thread), so it costs no read; a command
 * that applied no event to its aggregate answers the last stored one, read back.
 */
@Component
public class CommandDispatch {
    private final CommandGateway gateway;
    private final EventStore eventStore;
    // per thread while a command runs: the last sequence applied to each aggregate
    private final ThreadLocal<Map<String, Long>> applied = new ThreadLocal<>();

    CommandDispatch(CommandGateway gateway, EventStore eventStore) {
        this.gateway = gateway;
        this.eventStore = eventStore;
        eventStore.registerDispatchInterceptor(this::noteSequences);
    }

    public Answer accept(String aggregateId, Object command) {
        return accept(aggregateId, command, Map.of(), null);
    }

    public Answer accept(String aggregateId, Object command, Map<String, Object> extra, @Nullable String location) {
        Map<String, Long> sequences = new HashMap<>();
        Map<String, Long> outer = applied.get();
        applied.set(sequences);
        try {
            gateway.sendAndWait(command);
        } finally {
            if (outer == null) {
                applied.remove();
            } else {
                applied.set(outer);
            }
        }
        Long last = sequences.get(aggregateId);
        long version = last != null ? last : eventStore.lastSequenceNumberFor(aggregateId)
                .orElseThrow(() -> new IllegalStateException("no events stored for " + aggregateId));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", aggregateId);
        body.put("version", version);
        body.putAll(extra);
        return new Answer(202, location, KernelJson.mapper().writeValueAsString(body));
    }

    private BiFunction<Integer, EventMessage<?>, EventMessage<?>> noteSequences(
            List<? extends EventMessage<?>> events) {
        Map<String, Long> sequences = applied.get();
        if (sequences != null) {
            for (EventMessage<?> event : events) {
                if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
                    sequences.merge(domain.getAggregateIdentifier(), domain.getSequenceNumber(), Math::max);
                }
            }
        }
        return (index, event) -> event;
    }
}
