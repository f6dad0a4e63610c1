package org.chorus.command.session.page;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.chorus.command.directory.StoryDirectory;
import org.chorus.command.idempotency.IdempotencyKeyReused;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.rules.StateConflict;
import org.chorus.command.rules.UnknownReference;
import org.chorus.command.security.Caller;
import org.chorus.command.web.CommandRunner;
import org.chorus.command.web.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Runs one step of the console: reads its form, sends the command once per submission token, then either goes
 * back to the console with a status message (Post/Redirect/Get) or shows the console again naming the problem.
 */
@Component
class StepRunner {
    private final CommandRunner commands;
    private final ConsolePage console;
    private final MessageSource messages;
    private final StoryDirectory stories;

    StepRunner(CommandRunner commands, ConsolePage console, MessageSource messages, StoryDirectory stories) {
        this.commands = commands;
        this.console = console;
        this.messages = messages;
        this.stories = stories;
    }

    /** A console form: which session, its id prefix, its first input, and the status message once done. */
    record Step(UUID sessionId, String form, String firstField, String done) {
        String firstInput() {
            return form + "-" + firstField;
        }
    }

    ModelAndView run(Caller caller, Step step, HttpServletRequest request, Function<FormFields, Object> command) {
        Locale locale = RequestContextUtils.getLocale(request);
        FormFields fields = fields(step.form(), request);
        try {
            Object built = command.apply(fields);
            fields.check();
            String token = request.getParameter("token");
            commands.answer(caller, "POST", request.getRequestURI(), token == null || token.isBlank() ? null : token,
                    fields.typed(), step.sessionId(), built);
            RequestContextUtils.getOutputFlashMap(request).put("done", step.done());
            return new ModelAndView("redirect:/sessions/" + step.sessionId());
        } catch (InvalidInput invalid) {
            return refused(step, fields, StepError.of(invalid.problems()), HttpStatus.BAD_REQUEST);
        } catch (StateConflict conflict) {
            return refused(step, fields, message(step, "session.refused." + conflict.code(), conflict.getMessage(),
                    locale), HttpStatus.CONFLICT);
        } catch (UnknownReference unknown) {
            return refused(step, fields, message(step, "session.refused.unknown", unknown.getMessage(), locale),
                    HttpStatus.NOT_FOUND);
        } catch (IdempotencyKeyReused reused) {
            return refused(step, fields, message(step, "session.refused.resent", reused.getMessage(), locale),
                    HttpStatus.CONFLICT);
        } catch (ConcurrencyException raced) {
            return refused(step, fields, message(step, "session.refused.concurrent", raced.getMessage(), locale),
                    HttpStatus.CONFLICT);
        } catch (AggregateNotFoundException missing) {
            throw new NotFound("no session " + step.sessionId());
        }
    }

    FormFields fields(String form, HttpServletRequest request) {
        return new FormFields(form, request.getParameterMap(), messages, RequestContextUtils.getLocale(request),
                stories::citable);
    }

    private ModelAndView refused(Step step, FormFields fields, List<StepError> errors, HttpStatus status) {
        return console.show(step.sessionId(), errors, new Typed(step.form(), fields.typed()), status);
    }

    private List<StepError> message(Step step, String key, String otherwise, Locale locale) {
        return List.of(new StepError(step.firstInput(), messages.getMessage(key, null, otherwise, locale)));
    }
}
