package org.chorus.command.session.page;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.command.codes.Codebook;
import org.chorus.command.directory.SessionDirectory;
import org.chorus.command.idempotency.Answer;
import org.chorus.command.idempotency.IdempotencyKeyReused;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.security.Caller;
import org.chorus.command.session.SessionCommands.ScheduleSession;
import org.chorus.command.web.CommandRunner;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.session.SessionId;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Every session, each linking to its console, and the form that schedules a new one. */
@Controller
class SessionListController {
    private static final String FORM = "schedule";

    private final SessionDirectory directory;
    private final Codebook codes;
    private final CommandRunner commands;
    private final StepRunner steps;
    private final MessageSource messages;

    SessionListController(SessionDirectory directory, Codebook codes, CommandRunner commands, StepRunner steps,
                          MessageSource messages) {
        this.directory = directory;
        this.codes = codes;
        this.commands = commands;
        this.steps = steps;
        this.messages = messages;
    }

    public record Row(UUID id, String title, String topic, String place, String when, String status) {
    }

    @GetMapping("/sessions")
    ModelAndView list() {
        return page(List.of(), Typed.NOTHING, HttpStatus.OK);
    }

    @PostMapping("/sessions")
    ModelAndView schedule(Caller caller, HttpServletRequest request) {
        FormFields fields = steps.fields(FORM, request);
        try {
            String title = fields.text("title", 200, true);
            String topic = fields.code("topic", codes.themes());
            String place = fields.code("place", codes.places());
            LocalDate day = fields.date("date");
            LocalTime time = fields.time("time");
            fields.check();
            SessionId id = SessionId.random();
            String token = request.getParameter("token");
            Answer answer = commands.answer(caller, "POST", request.getRequestURI(),
                    token == null || token.isBlank() ? null : token, fields.typed(), id.value(),
                    new ScheduleSession(id, title, new ThemeCode(topic), new PlaceCode(place),
                            LondonTime.instant(day, time), caller.login()));
            // a re-sent form answers as the first time, naming the session scheduled then
            Object scheduled = KernelJson.mapper().readValue(answer.body(), Map.class).get("id");
            RequestContextUtils.getOutputFlashMap(request).put("done", "scheduled");
            return new ModelAndView("redirect:/sessions/" + scheduled);
        } catch (InvalidInput invalid) {
            return page(StepError.of(invalid.problems()), new Typed(FORM, fields.typed()), HttpStatus.BAD_REQUEST);
        } catch (IdempotencyKeyReused reused) {
            return page(List.of(new StepError(FORM + "-title", messages.getMessage("session.refused.resent", null,
                    RequestContextUtils.getLocale(request)))), new Typed(FORM, fields.typed()), HttpStatus.CONFLICT);
        }
    }

    private ModelAndView page(List<StepError> errors, Typed typed, HttpStatus status) {
        ModelAndView page = new ModelAndView("sessions/list", status);
        page.addObject("sessions", directory.all().stream().map(s -> new Row(s.sessionId(), s.title(), s.topic(),
                s.place(), LondonTime.format(s.scheduledFor()), s.status().name())).toList());
        page.addObject("themes", codes.themes());
        page.addObject("places", codes.places());
        page.addObject("errors", errors);
        page.addObject("errorFor", StepError.byAnchor(errors));
        page.addObject("typed", typed);
        page.addObject("token", UUID.randomUUID().toString());
        return page;
    }
}
