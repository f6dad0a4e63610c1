package org.chorus.command.story.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.chorus.command.idempotency.Answer;
import org.chorus.command.idempotency.IdempotentCommands;
import org.chorus.command.security.Caller;
import org.chorus.command.web.Answers;
import org.chorus.command.web.CommandDispatch;
import org.chorus.kernel.event.KernelJson;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Sends a story command once per idempotency key, scoped to the caller, method and path of the request. */
@Component
class StoryCommandRunner {
    private final IdempotentCommands idempotent;
    private final CommandDispatch dispatch;

    StoryCommandRunner(IdempotentCommands idempotent, CommandDispatch dispatch) {
        this.idempotent = idempotent;
        this.dispatch = dispatch;
    }

    ResponseEntity<String> send(Caller caller, HttpServletRequest request, @Nullable String key, Object requestBody,
                                UUID storyId, Object command) {
        return Answers.toResponse(answer(caller, request.getMethod(), request.getRequestURI(), key, requestBody,
                storyId, command));
    }

    Answer answer(Caller caller, String method, String path, @Nullable String key, Object requestBody, UUID storyId,
                  Object command) {
        return idempotent.run(caller.login(), method, path, IdempotencyKeys.checked(key),
                KernelJson.mapper().writeValueAsString(requestBody), () -> dispatch.accept(storyId.toString(), command));
    }
}
