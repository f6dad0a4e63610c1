package org.chorus.command.rules;

import java.util.List;

/** The request is not acceptable as given (answered 400 naming each field). Nothing is stored. */
public class InvalidInput extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s)", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
