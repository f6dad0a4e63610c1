package org.chorus.kernel.session;

/** A participant's vote on a proposal. */
public enum Stance {
    SUPPORT, OPPOSE, ABSTAIN
}
