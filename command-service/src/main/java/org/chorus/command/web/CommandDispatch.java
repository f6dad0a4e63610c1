package org.chorus.command.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.chorus.command.idempotency.Answer;
import org.chorus.kernel.event.KernelJson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sends a command and answers {@code 202 {id, version}}. Called inside the request's transaction, so the version
 * read back is the aggregate's own last event, committed together with it.
 */
@Component
public class CommandDispatch {
    private final CommandGateway gateway;
    private final EventStore eventStore;

    CommandDispatch(CommandGateway gateway, EventStore eventStore) {
        this.gateway = gateway;
        this.eventStore = eventStore;
    }

    public Answer accept(String aggregateId, Object command) {
        return accept(aggregateId, command, Map.of(), null);
    }

    public Answer accept(String aggregateId, Object command, Map<String, Object> extra, @Nullable String location) {
        gateway.sendAndWait(command);
        long version = eventStore.lastSequenceNumberFor(aggregateId)
                .orElseThrow(() -> new IllegalStateException("no events stored for " + aggregateId));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", aggregateId);
        body.put("version", version);
        body.putAll(extra);
        return new Answer(202, location, KernelJson.mapper().writeValueAsString(body));
    }
}
