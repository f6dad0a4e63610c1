package org.chorus.command.story.page;

import java.util.List;
import org.chorus.command.rules.FieldProblem;

/** One error of a form: the message, and the id of the input it links to from the error summary. */
public record FormError(String field, String anchor, String message) {

    /** Fields in the order the story form shows them, so the error summary reads top to bottom. */
    private static final List<String> FORM_ORDER = List.of("title", "narrative", "place", "serviceAreas", "language",
            "channel", "feeling", "storyteller-name", "storyteller-contact", "storyteller-ageBand",
            "storyteller-postcodeDistrict", "consent-analysis", "consent-basis");

    static List<FormError> of(List<FieldProblem> problems) {
        return problems.stream().map(p -> new FormError(p.field(), anchor(p.field()), p.message()))
                .sorted(java.util.Comparator.comparingInt(FormError::position)).toList();
    }

    private int position() {
        int at = FORM_ORDER.indexOf(anchor);
        return at < 0 ? FORM_ORDER.size() : at;
    }

    /** {@code consent.analysis} becomes {@code consent-analysis}; {@code serviceAreas[1]} becomes {@code serviceAreas}. */
    static String anchor(String field) {
        return field.replaceAll("\\[\\d+]", "").replace('.', '-');
    }
}
