package org.chorus.command.session.page;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chorus.command.rules.FieldProblem;

/** One problem with a step, linked from the error summary to the input it is about ({@code anchor} is its id). */
public record StepError(String anchor, String message) {

    static List<StepError> of(List<FieldProblem> problems) {
        return problems.stream().map(p -> new StepError(p.field(), p.message())).toList();
    }

    /** The first message for each input, shown next to it. */
    static Map<String, String> byAnchor(List<StepError> errors) {
        return errors.stream().collect(Collectors.toMap(StepError::anchor, StepError::message, (a, b) -> a));
    }
}
