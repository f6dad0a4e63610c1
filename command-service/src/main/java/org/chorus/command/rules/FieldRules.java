package org.chorus.command.rules;

import java.util.List;
import org.chorus.command.codes.Codebook;
import org.jspecify.annotations.Nullable;

/** Field rules shared by the JSON calls, each adding to a list so a request's problems are reported at once. */
public final class FieldRules {
    private FieldRules() {
    }

    /** Text of at most {@code max} code points; blank counts as missing. */
    public static void text(List<FieldProblem> problems, String field, @Nullable String value, int max,
                            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "is required"));
            }
        } else if (value.codePointCount(0, value.length()) > max) {
            problems.add(new FieldProblem(field, "must be " + max + " characters or fewer"));
        }
    }

    public static void present(List<FieldProblem> problems, String field, @Nullable Object value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "is required"));
        }
    }

    /** One configured place code. */
    public static void place(List<FieldProblem> problems, Codebook codes, String field, @Nullable String value) {
        if (value == null || !codes.isPlace(value)) {
            problems.add(new FieldProblem(field, "must be one of " + codes.places()));
        }
    }

    /** At least one configured place code, each checked. */
    public static void places(List<FieldProblem> problems, Codebook codes, String field, List<String> values) {
        if (values.isEmpty()) {
            problems.add(new FieldProblem(field, "give at least one place"));
        }
        for (int i = 0; i < values.size(); i++) {
            place(problems, codes, field + "[" + i + "]", values.get(i));
        }
    }
}
