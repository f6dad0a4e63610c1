package org.chorus.command.story.web;

import org.chorus.command.rules.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words a field problem from {@code messages*.properties} in the language of the request being answered: the
 * champion's chosen language on pages, {@code Accept-Language} on the API, English otherwise.
 */
@Component
public class ProblemWording {
    private final MessageSource messages;

    ProblemWording(MessageSource messages) {
        this.messages = messages;
    }

    public FieldProblem problem(String field, String code, Object... args) {
        return new FieldProblem(field, messages.getMessage(code, args, LocaleContextHolder.getLocale()));
    }
}
