package org.chorus.kernel.story;

import org.jspecify.annotations.Nullable;

/**
 * What the storyteller agreed the story may be used for, and which consent wording they were shown.
 * Carries no personal data and travels in clear.
 */
public record Consent(
        boolean analysis,
        boolean quote,
        boolean publish,
        boolean contact,
        boolean equalityMonitoring,
        String wordingVersion,
        @Nullable ConsentBasis basis) {

    /** Children's stories are never quotable or published, whatever was asked for. */
    public Consent heldForMinor() {
        return new Consent(analysis, false, false, contact, equalityMonitoring, wordingVersion, basis);
    }
}
