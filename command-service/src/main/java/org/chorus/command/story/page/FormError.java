package org.chorus.command.story.page;

import java.util.List;
import org.chorus.command.rules.FieldProblem;

/** One error of a form: the message, and the id of the input it links to from the error summary. */
public record FormError(String field, String anchor, String message) {

    static List<FormError> of(List<FieldProblem> problems) {
        return problems.stream().map(p -> new FormError(p.field(), anchor(p.field()), p.message())).toList();
    }

    /** {@code consent.analysis} becomes {@code consent-analysis}; {@code serviceAreas[1]} becomes {@code serviceAreas}. */
    static String anchor(String field) {
        return field.replaceAll("\\[\\d+]", "").replace('.', '-');
    }
}
