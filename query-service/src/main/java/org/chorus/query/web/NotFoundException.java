package org.chorus.query.web;

/** Nothing the caller may see exists under that id; answered 404 without saying which. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
