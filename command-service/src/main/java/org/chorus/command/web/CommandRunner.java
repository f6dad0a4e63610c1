package org.chorus.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.idempotency.Answer;
import org.chorus.command.idempotency.IdempotentCommands;
import org.chorus.command.security.Caller;
import org.chorus.kernel.event.KernelJson;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Sends a command once per idempotency key, scoped to the caller, method and path of the request, in one
 * transaction with the remembered answer.
 */
@Component
public class CommandRunner {
    /** The header a client sends to make a POST safe to retry: 1 to 128 characters. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final IdempotentCommands idempotent;
    private final CommandDispatch dispatch;

    CommandRunner(IdempotentCommands idempotent, CommandDispatch dispatch) {
        this.idempotent = idempotent;
        this.dispatch = dispatch;
    }

    public ResponseEntity<String> send(Caller caller, HttpServletRequest request, @Nullable String key,
                                       Object requestBody, UUID aggregateId, Object command) {
        return send(caller, request, key, requestBody, aggregateId, command, Map.of(), null);
    }

    /** As {@link #send}, adding {@code extra} fields to the answer and a {@code Location} for a creation. */
    public ResponseEntity<String> send(Caller caller, HttpServletRequest request, @Nullable String key,
                                       Object requestBody, UUID aggregateId, Object command,
                                       Map<String, Object> extra, @Nullable String location) {
        return Answers.toResponse(idempotent.run(caller.login(), request.getMethod(), request.getRequestURI(),
                checked(key), KernelJson.mapper().writeValueAsString(requestBody),
                () -> dispatch.accept(aggregateId.toString(), command, extra, location)));
    }

    public Answer answer(Caller caller, String method, String path, @Nullable String key, Object requestBody,
                         UUID aggregateId, Object command) {
        return answer(caller, method, path, key, requestBody, aggregateId, command, Map.of());
    }

    public Answer answer(Caller caller, String method, String path, @Nullable String key, Object requestBody,
                         UUID aggregateId, Object command, Map<String, Object> extra) {
        return idempotent.run(caller.login(), method, path, checked(key),
                KernelJson.mapper().writeValueAsString(requestBody),
                () -> dispatch.accept(aggregateId.toString(), command, extra, null));
    }

    /** The key as sent, after checking its length. */
    public static @Nullable String checked(@Nullable String key) {
        if (key != null && (key.isEmpty() || key.length() > 128)) {
            throw new InvalidInput(IDEMPOTENCY_KEY, "must be 1 to 128 characters");
        }
        return key;
    }
}
