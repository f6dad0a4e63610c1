package org.chorus.command.web;

/** The object does not exist, or the caller may not know it exists (answered 404 either way). */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message, null, false, false);
    }
}
