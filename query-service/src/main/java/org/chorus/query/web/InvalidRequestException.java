package org.chorus.query.web;

import java.util.List;

/** The request's parameters are malformed; answered 400 naming each field. */
public final class InvalidRequestException extends RuntimeException {
    private final List<Problem.FieldProblem> errors;

    public InvalidRequestException(List<Problem.FieldProblem> errors) {
        super("invalid request: " + errors);
        this.errors = List.copyOf(errors);
    }

    List<Problem.FieldProblem> errors() {
        return errors;
    }
}
