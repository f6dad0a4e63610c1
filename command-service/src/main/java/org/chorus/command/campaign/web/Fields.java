package org.chorus.command.campaign.web;

import java.util.List;
import org.chorus.command.rules.FieldProblem;
import org.jspecify.annotations.Nullable;

/** Shared field rules of the champion and campaign calls. */
final class Fields {
    private Fields() {
    }

    static void text(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (value.codePointCount(0, value.length()) > max) {
            problems.add(new FieldProblem(field, "must be " + max + " characters or fewer"));
        }
    }

    static void present(List<FieldProblem> problems, String field, @Nullable Object value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "is required"));
        }
    }
}
