package org.chorus.command.story.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.chorus.command.web.CommandRunner;
import org.chorus.command.directory.StoryDirectory;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.security.Caller;
import org.chorus.command.story.Redaction;
import org.chorus.command.story.StoryCommands.Decision;
import org.chorus.command.story.StoryCommands.RedactStory;
import org.chorus.command.web.Answers;
import org.chorus.kernel.story.StoryId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The moderator's calls: the queue of their places, the decrypted story (audited), decisions and redactions. */
@RestController
class ModerationApiController {
    static final int REASON_MAX = 2_000;

    private final StoryDirectory directory;
    private final StoryAccess access;
    private final ModerationService moderation;
    private final CommandRunner commands;

    ModerationApiController(StoryDirectory directory, StoryAccess access, ModerationService moderation,
                            CommandRunner commands) {
        this.directory = directory;
        this.access = access;
        this.moderation = moderation;
        this.commands = commands;
    }

    record QueueItem(UUID id, String reference, String place, Instant submittedAt) {
    }

    @GetMapping("/api/v1/moderation/queue")
    List<QueueItem> queue(Caller caller) {
        return directory.pendingIn(caller.places()).stream()
                .map(e -> new QueueItem(e.storyId(), e.reference(), e.place(), e.submittedAt())).toList();
    }

    @GetMapping("/api/v1/moderation/stories/{id}")
    StoryDossier.View read(Caller caller, @PathVariable UUID id) {
        return moderation.read(caller, id);
    }

    record ModerationRequest(@Nullable Decision decision, @Nullable String reason,
                             @Nullable List<Redaction> redactions) {
    }

    @PostMapping(path = "/api/v1/stories/{id}/moderation", consumes = "application/json")
    ResponseEntity<String> moderate(Caller caller, @PathVariable UUID id, @RequestBody ModerationRequest body,
                                    @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) @Nullable String key,
                                    HttpServletRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body.decision() == null) {
            problems.add(new FieldProblem("decision", "must be APPROVE, REJECT or ESCALATE"));
        }
        if (body.reason() != null && body.reason().codePointCount(0, body.reason().length()) > REASON_MAX) {
            problems.add(new FieldProblem("reason", "must be " + REASON_MAX + " characters or fewer"));
        }
        List<Redaction> redactions = checkedRedactions(problems, body.redactions(), false);
        if (body.decision() != null && body.decision() != Decision.APPROVE && !redactions.isEmpty()) {
            problems.add(new FieldProblem("redactions", "only an approval carries redactions"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return Answers.toResponse(moderation.moderate(caller, id, body.decision(),
                body.reason() == null || body.reason().isBlank() ? null : body.reason(), redactions,
                CommandRunner.checked(key), request.getRequestURI()));
    }

    record RedactionRequest(@Nullable List<Redaction> redactions) {
    }

    @PostMapping(path = "/api/v1/stories/{id}/redactions", consumes = "application/json")
    ResponseEntity<String> redact(Caller caller, @PathVariable UUID id, @RequestBody RedactionRequest body,
                                  @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) @Nullable String key,
                                  HttpServletRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Redaction> redactions = checkedRedactions(problems, body.redactions(), true);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        access.forModerator(caller, id);
        return commands.send(caller, request, key, body, id, new RedactStory(new StoryId(id), redactions, caller.login()));
    }

    static List<Redaction> checkedRedactions(List<FieldProblem> problems, @Nullable List<Redaction> redactions,
                                             boolean required) {
        if (redactions == null || redactions.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem("redactions", "give at least one span to redact"));
            }
            return List.of();
        }
        for (int i = 0; i < redactions.size(); i++) {
            Redaction r = redactions.get(i);
            if (r == null || r.field() == null) {
                problems.add(new FieldProblem("redactions[" + i + "].field", "must be title or narrative"));
            } else if (r.start() < 0 || r.end() <= r.start()) {
                problems.add(new FieldProblem("redactions[" + i + "]", "must have 0 <= start < end"));
            }
        }
        return List.copyOf(redactions);
    }
}
