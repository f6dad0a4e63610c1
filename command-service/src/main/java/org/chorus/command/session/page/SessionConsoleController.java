package org.chorus.command.session.page;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.chorus.command.security.Caller;
import org.chorus.command.session.SessionCommands.AddContribution;
import org.chorus.command.session.SessionCommands.AddParticipant;
import org.chorus.command.session.SessionCommands.CloseSession;
import org.chorus.command.session.SessionCommands.OpenSession;
import org.chorus.command.session.SessionCommands.TableProposal;
import org.chorus.command.session.page.StepRunner.Step;
import org.chorus.kernel.session.ContributionKind;
import org.chorus.kernel.session.ParticipantRole;
import org.chorus.kernel.session.SessionId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** The facilitator's console: the session as it stands, opening and closing it, and who joins and says what. */
@Controller
class SessionConsoleController {
    private final ConsolePage console;
    private final StepRunner steps;

    SessionConsoleController(ConsolePage console, StepRunner steps) {
        this.console = console;
        this.steps = steps;
    }

    @GetMapping("/sessions/{id}")
    ModelAndView console(@PathVariable UUID id) {
        return console.show(id);
    }

    @PostMapping("/sessions/{id}/open")
    ModelAndView open(Caller caller, @PathVariable UUID id, HttpServletRequest request) {
        return steps.run(caller, new Step(id, "open", "submit", "opened"), request,
                fields -> new OpenSession(new SessionId(id), caller.login()));
    }

    @PostMapping("/sessions/{id}/participants")
    ModelAndView participant(Caller caller, @PathVariable UUID id, HttpServletRequest request) {
        return steps.run(caller, new Step(id, "participant", "displayName", "joined"), request, fields -> {
            String name = fields.text("displayName", 200, true);
            String organisation = fields.text("organisation", 200, false);
            ParticipantRole role = fields.choice("role", ParticipantRole.class);
            boolean lived = fields.ticked("livedExperience");
            fields.check();
            return new AddParticipant(new SessionId(id), UUID.randomUUID(), name,
                    organisation.isEmpty() ? null : organisation, role, lived);
        });
    }

    @PostMapping("/sessions/{id}/contributions")
    ModelAndView contribution(Caller caller, @PathVariable UUID id, HttpServletRequest request) {
        return steps.run(caller, new Step(id, "contribution", "participantId", "contributed"), request, fields -> {
            UUID by = fields.id("participantId", true);
            ContributionKind kind = fields.choice("kind", ContributionKind.class);
            String text = fields.text("text", 5_000, true);
            var evidence = fields.stories("evidence");
            fields.check();
            return new AddContribution(new SessionId(id), UUID.randomUUID(), by, kind, text, evidence);
        });
    }

    @PostMapping("/sessions/{id}/proposals")
    ModelAndView proposal(Caller caller, @PathVariable UUID id, HttpServletRequest request) {
        return steps.run(caller, new Step(id, "proposal", "participantId", "tabled"), request, fields -> {
            UUID by = fields.id("participantId", true);
            String text = fields.text("text", 5_000, true);
            var evidence = fields.stories("evidence");
            var contributions = fields.ids("contributionIds");
            fields.check();
            return new TableProposal(new SessionId(id), UUID.randomUUID(), by, text, evidence, contributions);
        });
    }

    @PostMapping("/sessions/{id}/close")
    ModelAndView close(Caller caller, @PathVariable UUID id, HttpServletRequest request) {
        return steps.run(caller, new Step(id, "close", "submit", "closed"), request,
                fields -> new CloseSession(new SessionId(id), caller.login()));
    }
}
