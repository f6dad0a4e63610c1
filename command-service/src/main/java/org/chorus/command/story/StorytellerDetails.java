package org.chorus.command.story;

import org.chorus.kernel.story.AgeBand;
import org.jspecify.annotations.Nullable;

/**
 * What the storyteller told about themselves. Sealed under the original-version key; never released. With consent,
 * the age band and equality answers alone are shared again under a profile key of their own, for counting.
 */
public record StorytellerDetails(@Nullable String name, @Nullable String contact, @Nullable AgeBand ageBand,
                                 @Nullable String postcodeDistrict, @Nullable Equality equality) {

    /** Equality monitoring answers, only with consent. */
    public record Equality(@Nullable String ethnicity, @Nullable String gender, @Nullable Boolean disability) {
        @Override
        public String toString() {
            return "Equality[sealed]";
        }
    }

    public boolean minor() {
        return ageBand != null && ageBand.minor();
    }

    public boolean under13() {
        return ageBand == AgeBand.UNDER_13;
    }

    @Override
    public String toString() {
        return "StorytellerDetails[sealed]";
    }
}
