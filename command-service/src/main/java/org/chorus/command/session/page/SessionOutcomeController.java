package org.chorus.command.session.page;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.UUID;
import org.chorus.command.security.Caller;
import org.chorus.command.session.SessionCommands.AgreeAction;
import org.chorus.command.session.SessionCommands.CastVote;
import org.chorus.command.session.SessionCommands.EraseParticipant;
import org.chorus.command.session.SessionCommands.ProgressAction;
import org.chorus.command.session.SessionCommands.RecordDecision;
import org.chorus.command.session.page.StepRunner.Step;
import org.chorus.kernel.session.ActionStatus;
import org.chorus.kernel.session.Outcome;
import org.chorus.kernel.session.SessionId;
import org.chorus.kernel.session.Stance;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the session makes of its proposals: votes, decisions, actions and their progress; and a participant's
 * erasure. Forms about one proposal, action or participant post to that one's path, so each has its own forms.
 */
@Controller
class SessionOutcomeController {
    private final StepRunner steps;

    SessionOutcomeController(StepRunner steps) {
        this.steps = steps;
    }

    @PostMapping("/sessions/{id}/proposals/{proposalId}/votes")
    ModelAndView vote(Caller caller, @PathVariable UUID id, @PathVariable UUID proposalId,
                      HttpServletRequest request) {
        return steps.run(caller, new Step(id, "vote-" + proposalId, "participantId", "voted"), request, fields -> {
            UUID by = fields.id("participantId", true);
            Stance stance = fields.choice("stance", Stance.class);
            fields.check();
            return new CastVote(new SessionId(id), proposalId, by, stance);
        });
    }

    @PostMapping("/sessions/{id}/proposals/{proposalId}/decision")
    ModelAndView decide(Caller caller, @PathVariable UUID id, @PathVariable UUID proposalId,
                        HttpServletRequest request) {
        return steps.run(caller, new Step(id, "decision-" + proposalId, "outcome", "decided"), request, fields -> {
            Outcome outcome = fields.choice("outcome", Outcome.class);
            String rationale = fields.text("rationale", 2_000, true);
            fields.check();
            return new RecordDecision(new SessionId(id), UUID.randomUUID(), proposalId, outcome, rationale);
        });
    }

    @PostMapping("/sessions/{id}/actions")
    ModelAndView action(Caller caller, @PathVariable UUID id, HttpServletRequest request) {
        return steps.run(caller, new Step(id, "action", "decisionId", "agreed"), request, fields -> {
            UUID decision = fields.id("decisionId", false);
            String description = fields.text("description", 1_000, true);
            String owner = fields.text("owner", 200, true);
            LocalDate dueBy = fields.date("dueBy");
            fields.check();
            return new AgreeAction(new SessionId(id), UUID.randomUUID(), decision, description, owner, dueBy);
        });
    }

    @PostMapping("/sessions/{id}/actions/{actionId}/progress")
    ModelAndView progress(Caller caller, @PathVariable UUID id, @PathVariable UUID actionId,
                          HttpServletRequest request) {
        return steps.run(caller, new Step(id, "progress-" + actionId, "status", "progressed"), request, fields -> {
            ActionStatus status = fields.choice("status", ActionStatus.class);
            String note = fields.text("note", 2_000, false);
            fields.check();
            return new ProgressAction(new SessionId(id), actionId, status, note, caller.login());
        });
    }

    @PostMapping("/sessions/{id}/participants/{participantId}/erasure")
    ModelAndView erase(Caller caller, @PathVariable UUID id, @PathVariable UUID participantId,
                       HttpServletRequest request) {
        return steps.run(caller, new Step(id, "erase-" + participantId, "submit", "erased"), request,
                fields -> new EraseParticipant(new SessionId(id), participantId, caller.login()));
    }
}
