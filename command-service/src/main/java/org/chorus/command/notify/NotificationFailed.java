package org.chorus.command.notify;

/** Notify refused or could not be reached. The message carries the HTTP status only, never the recipient. */
public class NotificationFailed extends RuntimeException {
    NotificationFailed(String message) {
        super(message, null, false, false);
    }
}
