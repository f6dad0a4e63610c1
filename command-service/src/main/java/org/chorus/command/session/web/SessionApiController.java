package org.chorus.command.session.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.command.security.Caller;
import org.chorus.command.session.SessionCommands.AddContribution;
import org.chorus.command.session.SessionCommands.AddParticipant;
import org.chorus.command.session.SessionCommands.AgreeAction;
import org.chorus.command.session.SessionCommands.CastVote;
import org.chorus.command.session.SessionCommands.CloseSession;
import org.chorus.command.session.SessionCommands.EraseParticipant;
import org.chorus.command.session.SessionCommands.OpenSession;
import org.chorus.command.session.SessionCommands.ProgressAction;
import org.chorus.command.session.SessionCommands.RecordDecision;
import org.chorus.command.session.SessionCommands.ScheduleSession;
import org.chorus.command.session.SessionCommands.TableProposal;
import org.chorus.command.web.CommandRunner;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.session.SessionId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The co-design session calls of API.md: every step of a session, each answered 202 once its event is stored. */
@RestController
@RequestMapping(path = "/api/v1/sessions", consumes = "application/json")
class SessionApiController {
    private static final String KEY = CommandRunner.IDEMPOTENCY_KEY;

    private final SessionChecks checks;
    private final CommandRunner commands;

    SessionApiController(SessionChecks checks, CommandRunner commands) {
        this.checks = checks;
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<String> schedule(Caller caller, @RequestBody SessionRequests.Schedule body,
                                    @RequestHeader(name = KEY, required = false) @Nullable String key,
                                    HttpServletRequest request) {
        checks.collector().text("title", body.title(), 200, true).theme("topic", body.topic())
                .place("place", body.place()).present("scheduledFor", body.scheduledFor()).check();
        SessionId id = SessionId.random();
        return commands.send(caller, request, key, body, id.value(), new ScheduleSession(id, body.title().strip(),
                new ThemeCode(body.topic()), new PlaceCode(body.place()), body.scheduledFor(), caller.login()),
                Map.of(), "/api/v1/sessions/" + id);
    }

    @PostMapping("/{id}/open")
    ResponseEntity<String> open(Caller caller, @PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body,
                                @RequestHeader(name = KEY, required = false) @Nullable String key,
                                HttpServletRequest request) {
        return commands.send(caller, request, key, "open", id, new OpenSession(new SessionId(id), caller.login()));
    }

    @PostMapping("/{id}/participants")
    ResponseEntity<String> participant(Caller caller, @PathVariable UUID id, @RequestBody SessionRequests.Participant body,
                                       @RequestHeader(name = KEY, required = false) @Nullable String key,
                                       HttpServletRequest request) {
        checks.collector().text("displayName", body.displayName(), 200, true).present("role", body.role())
                .present("livedExperience", body.livedExperience())
                .text("organisation", body.organisation(), 200, false).check();
        UUID participantId = UUID.randomUUID();
        return commands.send(caller, request, key, body, id, new AddParticipant(new SessionId(id), participantId,
                body.displayName().strip(), blankToNull(body.organisation()), body.role(), body.livedExperience()),
                Map.of("participantId", participantId), null);
    }

    @PostMapping("/{id}/contributions")
    ResponseEntity<String> contribution(Caller caller, @PathVariable UUID id,
                                        @RequestBody SessionRequests.Contribution body,
                                        @RequestHeader(name = KEY, required = false) @Nullable String key,
                                        HttpServletRequest request) {
        checks.collector().present("participantId", body.participantId()).present("kind", body.kind())
                .text("text", body.text(), 5_000, true).stories("evidenceStoryIds", body.evidenceStoryIds()).check();
        UUID contributionId = UUID.randomUUID();
        return commands.send(caller, request, key, body, id, new AddContribution(new SessionId(id), contributionId,
                body.participantId(), body.kind(), body.text().strip(), listOf(body.evidenceStoryIds())),
                Map.of("contributionId", contributionId), null);
    }

    @PostMapping("/{id}/proposals")
    ResponseEntity<String> proposal(Caller caller, @PathVariable UUID id, @RequestBody SessionRequests.Proposal body,
                                    @RequestHeader(name = KEY, required = false) @Nullable String key,
                                    HttpServletRequest request) {
        checks.collector().present("participantId", body.participantId()).text("text", body.text(), 5_000, true)
                .stories("evidenceStoryIds", body.evidenceStoryIds()).check();
        UUID proposalId = UUID.randomUUID();
        return commands.send(caller, request, key, body, id, new TableProposal(new SessionId(id), proposalId,
                body.participantId(), body.text().strip(), listOf(body.evidenceStoryIds()),
                listOf(body.contributionIds())), Map.of("proposalId", proposalId), null);
    }

    @PostMapping("/{id}/proposals/{proposalId}/votes")
    ResponseEntity<String> vote(Caller caller, @PathVariable UUID id, @PathVariable UUID proposalId,
                                @RequestBody SessionRequests.Vote body,
                                @RequestHeader(name = KEY, required = false) @Nullable String key,
                                HttpServletRequest request) {
        checks.collector().present("participantId", body.participantId()).present("stance", body.stance()).check();
        return commands.send(caller, request, key, body, id,
                new CastVote(new SessionId(id), proposalId, body.participantId(), body.stance()));
    }

    @PostMapping("/{id}/decisions")
    ResponseEntity<String> decision(Caller caller, @PathVariable UUID id, @RequestBody SessionRequests.Decision body,
                                    @RequestHeader(name = KEY, required = false) @Nullable String key,
                                    HttpServletRequest request) {
        checks.collector().present("proposalId", body.proposalId()).present("outcome", body.outcome())
                .text("rationale", body.rationale(), 2_000, true).check();
        UUID decisionId = UUID.randomUUID();
        return commands.send(caller, request, key, body, id, new RecordDecision(new SessionId(id), decisionId,
                body.proposalId(), body.outcome(), body.rationale().strip()), Map.of("decisionId", decisionId), null);
    }

    @PostMapping("/{id}/actions")
    ResponseEntity<String> action(Caller caller, @PathVariable UUID id, @RequestBody SessionRequests.Action body,
                                  @RequestHeader(name = KEY, required = false) @Nullable String key,
                                  HttpServletRequest request) {
        checks.collector().text("description", body.description(), 1_000, true).text("owner", body.owner(), 200, true)
                .present("dueBy", body.dueBy()).check();
        UUID actionId = UUID.randomUUID();
        return commands.send(caller, request, key, body, id, new AgreeAction(new SessionId(id), actionId,
                body.decisionId(), body.description().strip(), body.owner().strip(), body.dueBy()),
                Map.of("actionId", actionId), null);
    }

    @PostMapping("/{id}/actions/{actionId}/progress")
    ResponseEntity<String> progress(Caller caller, @PathVariable UUID id, @PathVariable UUID actionId,
                                    @RequestBody SessionRequests.Progress body,
                                    @RequestHeader(name = KEY, required = false) @Nullable String key,
                                    HttpServletRequest request) {
        checks.collector().present("status", body.status()).text("note", body.note(), 2_000, false).check();
        return commands.send(caller, request, key, body, id, new ProgressAction(new SessionId(id), actionId,
                body.status(), body.note() == null ? "" : body.note().strip(), caller.login()));
    }

    @PostMapping("/{id}/participants/{participantId}/erasure")
    ResponseEntity<String> erase(Caller caller, @PathVariable UUID id, @PathVariable UUID participantId,
                                 @RequestBody(required = false) Map<String, Object> body,
                                 @RequestHeader(name = KEY, required = false) @Nullable String key,
                                 HttpServletRequest request) {
        return commands.send(caller, request, key, "erasure", id,
                new EraseParticipant(new SessionId(id), participantId, caller.login()));
    }

    @PostMapping("/{id}/close")
    ResponseEntity<String> close(Caller caller, @PathVariable UUID id, @RequestBody(required = false) Map<String, Object> body,
                                 @RequestHeader(name = KEY, required = false) @Nullable String key,
                                 HttpServletRequest request) {
        return commands.send(caller, request, key, "close", id, new CloseSession(new SessionId(id), caller.login()));
    }

    private static List<UUID> listOf(@Nullable List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().distinct().toList();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
