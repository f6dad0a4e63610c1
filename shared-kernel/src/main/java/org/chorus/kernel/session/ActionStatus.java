package org.chorus.kernel.session;

/** How far an agreed action has got. */
public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, DONE, DROPPED
}
