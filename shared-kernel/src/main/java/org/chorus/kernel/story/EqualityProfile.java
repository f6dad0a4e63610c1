package org.chorus.kernel.story;

import org.jspecify.annotations.Nullable;

/**
 * What a storyteller answered to equality monitoring, as shared for counting: no name, contact or words. Null means
 * not answered. Personal data all the same: it only ever travels sealed, and {@link #toString()} shows nothing.
 *
 * @param ethnicity  an {@link EthnicGroup} code as the storyteller gave it
 * @param gender     as the storyteller gave it
 */
public record EqualityProfile(@Nullable AgeBand ageBand, @Nullable String ethnicity, @Nullable String gender,
                              @Nullable Boolean disability) {

    @Override
    public String toString() {
        return "EqualityProfile[sealed]";
    }
}
