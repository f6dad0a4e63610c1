package org.chorus.command.rules;

/** One field of a request and what is wrong with it; {@code field} is a dotted path such as {@code consent.analysis}. */
public record FieldProblem(String field, String message) {
}
