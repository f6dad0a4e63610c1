package org.chorus.kernel.session;

/** Where a co-design session is: scheduled, then open, then closed. */
public enum SessionStatus {
    SCHEDULED, OPEN, CLOSED
}
