package org.chorus.command.storyteller.web;

import jakarta.servlet.http.HttpServletRequest;
import org.chorus.command.story.web.ProblemWording;
import org.chorus.command.story.web.StorySubmission.ConsentRequest;
import org.chorus.command.story.web.SubmissionChecks;
import org.chorus.command.storyteller.Credentials;
import org.chorus.command.storyteller.MyStory;
import org.chorus.command.storyteller.SelfService;
import org.chorus.command.storyteller.TooManyAttempts;
import org.chorus.command.storyteller.WrongPair;
import org.chorus.command.web.Answers;
import org.chorus.command.web.CommandRunner;
import org.chorus.kernel.story.Consent;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The storyteller's calls, public and without an account: the reference and receipt code are the credentials. A
 * wrong pair is one {@code 404} whatever was wrong; repeated wrong pairs are answered {@code 429}.
 */
@RestController
class StorytellerApiController {
    private final SelfService selfService;
    private final SubmissionChecks checks;
    private final ProblemWording wording;

    StorytellerApiController(SelfService selfService, SubmissionChecks checks, ProblemWording wording) {
        this.selfService = selfService;
        this.checks = checks;
        this.wording = wording;
    }

    record Pair(@Nullable String reference, @Nullable String receiptCode) {
    }

    record ConsentChange(@Nullable String reference, @Nullable String receiptCode, @Nullable ConsentRequest consent) {
    }

    @PostMapping(path = "/api/v1/storyteller/lookup", consumes = "application/json")
    MyStory lookup(@RequestBody Pair body, HttpServletRequest request) {
        return selfService.look(Credentials.of(body.reference(), body.receiptCode(), wording), request.getRemoteAddr());
    }

    @PutMapping(path = "/api/v1/storyteller/consent", consumes = "application/json")
    ResponseEntity<String> consent(@RequestBody ConsentChange body,
                                   @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) @Nullable String key,
                                   HttpServletRequest request) {
        Credentials credentials = Credentials.of(body.reference(), body.receiptCode(), wording);
        Consent consent = checks.consent(body.consent());
        return Answers.toResponse(selfService.changeConsent(credentials, consent, request.getRemoteAddr(),
                CommandRunner.checked(key), request.getMethod(), request.getRequestURI()));
    }

    // handled here rather than in an advice, so a page advice for not-found can never answer the API with HTML
    @ExceptionHandler(WrongPair.class)
    ResponseEntity<ProblemDetail> wrongPair() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such object."));
    }

    @ExceptionHandler(TooManyAttempts.class)
    ResponseEntity<ProblemDetail> throttled(TooManyAttempts e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                        "Too many wrong references or receipt codes. Try again later."));
    }

    @PostMapping(path = "/api/v1/storyteller/withdrawal", consumes = "application/json")
    ResponseEntity<String> withdraw(@RequestBody Pair body,
                                    @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) @Nullable String key,
                                    HttpServletRequest request) {
        return Answers.toResponse(selfService.withdraw(Credentials.of(body.reference(), body.receiptCode(), wording),
                request.getRemoteAddr(), CommandRunner.checked(key), request.getMethod(), request.getRequestURI()));
    }
}
