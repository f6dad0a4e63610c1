package org.chorus.kernel.session;

/** What the session decided about a proposal. */
public enum Outcome {
    ADOPTED, REJECTED, DEFERRED
}
