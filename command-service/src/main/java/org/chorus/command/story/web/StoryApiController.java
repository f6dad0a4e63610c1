package org.chorus.command.story.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.chorus.command.web.CommandRunner;
import org.chorus.command.directory.StoryDirectory;
import org.chorus.command.directory.StoryEntry;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.security.Caller;
import org.chorus.command.story.StoryCommands.ChangeConsent;
import org.chorus.command.story.StoryCommands.WithdrawStory;
import org.chorus.command.story.StoryVault;
import org.chorus.command.web.Answers;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.StoryContent;
import org.chorus.kernel.story.StoryId;
import org.chorus.kernel.story.StoryStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The champion's story calls: submit, list their own, change consent, withdraw. */
@RestController
class StoryApiController {
    private final StoryIntake intake;
    private final StoryDirectory directory;
    private final StoryAccess access;
    private final StoryVault vault;
    private final SubmissionChecks checks;
    private final CommandRunner commands;

    StoryApiController(StoryIntake intake, StoryDirectory directory, StoryAccess access, StoryVault vault,
                       SubmissionChecks checks, CommandRunner commands) {
        this.intake = intake;
        this.directory = directory;
        this.access = access;
        this.vault = vault;
        this.checks = checks;
        this.commands = commands;
    }

    @PostMapping(path = "/api/v1/stories", consumes = "application/json")
    ResponseEntity<String> submit(Caller caller, @RequestBody StorySubmission submission,
                                  @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) @Nullable String key) {
        return Answers.toResponse(intake.submit(caller, submission, CommandRunner.checked(key)));
    }

    record MyStory(UUID id, String reference, @Nullable String title, StoryStatus status, Instant submittedAt) {
    }

    @GetMapping("/api/v1/my/stories")
    List<MyStory> myStories(Caller caller) {
        return directory.ownedBy(caller.login()).stream().map(this::mine).toList();
    }

    private MyStory mine(StoryEntry entry) {
        String title = entry.content() == null ? null
                : vault.openContent(entry.content()).map(StoryContent::title).orElse(null);
        return new MyStory(entry.storyId(), entry.reference(), title, entry.status(), entry.submittedAt());
    }

    @PutMapping(path = "/api/v1/stories/{id}/consent", consumes = "application/json")
    ResponseEntity<String> changeConsent(Caller caller, @PathVariable UUID id,
                                         @RequestBody StorySubmission.@Nullable ConsentRequest body,
                                         @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) @Nullable String key,
                                         HttpServletRequest request) {
        Consent consent = checks.consent(body);
        access.forChampionOrModerator(caller, id);
        return commands.send(caller, request, key, consent, id, new ChangeConsent(new StoryId(id), consent, caller.login()));
    }

    record WithdrawalRequest(@Nullable String reason) {
    }

    @PostMapping(path = "/api/v1/stories/{id}/withdrawal", consumes = "application/json")
    ResponseEntity<String> withdraw(Caller caller, @PathVariable UUID id,
                                    @RequestBody(required = false) @Nullable WithdrawalRequest body,
                                    @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) @Nullable String key,
                                    HttpServletRequest request) {
        if (body != null && body.reason() != null
                && body.reason().codePointCount(0, body.reason().length()) > ModerationApiController.REASON_MAX) {
            throw new InvalidInput("reason", "must be " + ModerationApiController.REASON_MAX + " characters or fewer");
        }
        access.forChampionOrModerator(caller, id);
        return commands.send(caller, request, key, "withdrawal", id, new WithdrawStory(new StoryId(id), caller.login()));
    }
}
