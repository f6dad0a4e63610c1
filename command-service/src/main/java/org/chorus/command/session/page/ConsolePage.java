package org.chorus.command.session.page;

import java.util.List;
import java.util.UUID;
import org.chorus.kernel.session.ActionStatus;
import org.chorus.kernel.session.ContributionKind;
import org.chorus.kernel.session.Outcome;
import org.chorus.kernel.session.ParticipantRole;
import org.chorus.kernel.session.Stance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** The console as it stands now, with the forms its status allows, and any problem with the step just tried. */
@Component
class ConsolePage {
    private final SessionReplay replay;

    ConsolePage(SessionReplay replay) {
        this.replay = replay;
    }

    ModelAndView show(UUID sessionId) {
        return show(sessionId, List.of(), Typed.NOTHING, HttpStatus.OK);
    }

    ModelAndView show(UUID sessionId, List<StepError> errors, Typed typed, HttpStatus status) {
        ModelAndView page = new ModelAndView("sessions/console", status);
        page.addObject("state", replay.current(sessionId));
        page.addObject("errors", errors);
        page.addObject("errorFor", StepError.byAnchor(errors));
        page.addObject("typed", typed);
        // one token a page: every form posts to its own path, and keys are scoped per path
        page.addObject("token", UUID.randomUUID().toString());
        page.addObject("roles", ParticipantRole.values());
        page.addObject("kinds", ContributionKind.values());
        page.addObject("stances", Stance.values());
        page.addObject("outcomes", Outcome.values());
        page.addObject("actionStatuses", ActionStatus.values());
        return page;
    }
}
