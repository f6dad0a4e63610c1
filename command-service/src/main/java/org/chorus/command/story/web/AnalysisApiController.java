package org.chorus.command.story.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.chorus.command.web.CommandRunner;
import org.chorus.command.codes.Codebook;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.security.Caller;
import org.chorus.command.story.StoryCommands.CodeStory;
import org.chorus.command.story.StoryCommands.RecordResponse;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.story.StoryId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Analysts code approved stories with themes; analysts and moderators record responses ("you said, we did"). */
@RestController
class AnalysisApiController {
    static final int RESPONSE_MAX = 5_000;

    private final Codebook codes;
    private final StoryAccess access;
    private final CommandRunner commands;

    AnalysisApiController(Codebook codes, StoryAccess access, CommandRunner commands) {
        this.codes = codes;
        this.access = access;
        this.commands = commands;
    }

    record CodesRequest(@Nullable List<String> add, @Nullable List<String> remove) {
    }

    @PostMapping(path = "/api/v1/stories/{id}/codes", consumes = "application/json")
    ResponseEntity<String> code(Caller caller, @PathVariable UUID id, @RequestBody CodesRequest body,
                                @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) @Nullable String key,
                                HttpServletRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ThemeCode> add = themes(problems, "add", body.add());
        List<ThemeCode> remove = themes(problems, "remove", body.remove());
        if (problems.isEmpty() && add.isEmpty() && remove.isEmpty()) {
            problems.add(new FieldProblem("add", "add or remove at least one theme"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        access.existing(id);
        return commands.send(caller, request, key, body, id, new CodeStory(new StoryId(id), add, remove, caller.login()));
    }

    private List<ThemeCode> themes(List<FieldProblem> problems, String field, @Nullable List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<ThemeCode> themes = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || !codes.isTheme(values.get(i))) {
                problems.add(new FieldProblem(field + "[" + i + "]", "must be one of " + codes.themes()));
            } else {
                themes.add(new ThemeCode(values.get(i)));
            }
        }
        return themes.stream().distinct().toList();
    }

    record ResponseRequest(@Nullable String body, @Nullable UUID decisionId, @Nullable UUID actionId) {
    }

    @PostMapping(path = "/api/v1/stories/{id}/responses", consumes = "application/json")
    ResponseEntity<String> respond(Caller caller, @PathVariable UUID id, @RequestBody ResponseRequest body,
                                   @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) @Nullable String key,
                                   HttpServletRequest request) {
        if (body.body() == null || body.body().isBlank()) {
            throw new InvalidInput("body", "Write the response");
        }
        if (body.body().codePointCount(0, body.body().length()) > RESPONSE_MAX) {
            throw new InvalidInput("body", "must be " + RESPONSE_MAX + " characters or fewer");
        }
        if (caller.hasRole("ANALYST")) {
            access.existing(id);
        } else {
            access.forModerator(caller, id);
        }
        return commands.send(caller, request, key, body, id, new RecordResponse(new StoryId(id), UUID.randomUUID(),
                caller.organisation(), body.body().strip(), body.decisionId(), body.actionId(), caller.login()));
    }
}
