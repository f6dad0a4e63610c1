package org.chorus.kernel.session;

/** What kind of contribution someone made. */
public enum ContributionKind {
    IDEA, CONCERN, QUESTION, EXPERIENCE
}
