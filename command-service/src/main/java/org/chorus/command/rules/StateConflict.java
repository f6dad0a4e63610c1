package org.chorus.command.rules;

/** A command that the aggregate's current state does not allow (answered 409). */
public class StateConflict extends RuntimeException {
    private final String code;

    public StateConflict(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** A stable, machine-readable reason, e.g. {@code story.not-pending}. */
    public String code() {
        return code;
    }
}
