package org.chorus.command.session.page;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.command.session.page.SessionReplay.History;
import org.chorus.command.session.page.SessionReplay.Recorded;
import org.chorus.kernel.session.SessionScheduledEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/** A session replayed event by event: its timeline, and its state as it stood after the chosen event. */
@Controller
class SessionReplayController {
    private final SessionReplay replay;
    private final MessageSource messages;

    SessionReplayController(SessionReplay replay, MessageSource messages) {
        this.replay = replay;
        this.messages = messages;
    }

    /** One event on the timeline; {@code type} names it through {@code replay.event.*} messages. */
    public record Entry(long sequence, String type, String at, boolean current) {
    }

    @GetMapping("/sessions/{id}/replay")
    ModelAndView replay(@PathVariable UUID id, @RequestParam(name = "step", defaultValue = "0") String step,
                        HttpServletRequest request) {
        History history = replay.history(id);
        Long chosen = parse(step);
        boolean known = chosen != null && history.has(chosen);
        ModelAndView page = new ModelAndView("sessions/replay", known ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        page.addObject("sessionId", id);
        page.addObject("title", ((SessionScheduledEvent) history.events().get(0).event()).title());
        page.addObject("last", history.last());
        page.addObject("timeline", history.events().stream().map(e -> entry(e, known && e.sequence() == chosen))
                .toList());
        page.addObject("typedStep", step);
        if (!known) {
            List<StepError> errors = List.of(new StepError("step", messages.getMessage("replay.error.step",
                    new Object[] {history.last()}, RequestContextUtils.getLocale(request))));
            page.addObject("errors", errors);
            page.addObject("errorFor", StepError.byAnchor(errors));
            return page;
        }
        page.addObject("errors", List.of());
        page.addObject("errorFor", Map.of());
        page.addObject("step", chosen);
        page.addObject("event", entry(history.events().get(chosen.intValue()), true));
        page.addObject("previous", chosen > 0 ? chosen - 1 : null);
        page.addObject("next", chosen < history.last() ? chosen + 1 : null);
        page.addObject("state", replay.stateAfter(history, chosen));
        return page;
    }

    private static Entry entry(Recorded recorded, boolean current) {
        return new Entry(recorded.sequence(), recorded.event().getClass().getSimpleName(),
                LondonTime.precise(recorded.at()), current);
    }

    private static @Nullable Long parse(String step) {
        try {
            return Long.parseLong(step.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
