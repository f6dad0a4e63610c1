package org.chorus.command.rules;

/** A command names something that does not belong to the aggregate, e.g. another session's proposal (answered 404). */
public class UnknownReference extends RuntimeException {
    public UnknownReference(String message) {
        super(message, null, false, false);
    }
}
