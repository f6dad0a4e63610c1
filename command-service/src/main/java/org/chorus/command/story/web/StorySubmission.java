package org.chorus.command.story.web;

import java.util.List;
import java.util.UUID;
import org.chorus.kernel.story.AgeBand;
import org.chorus.kernel.story.Channel;
import org.chorus.kernel.story.ConsentBasis;
import org.chorus.kernel.story.Feeling;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/stories} and of the story form. Checked by {@link SubmissionChecks}. */
public record StorySubmission(@Nullable String title, @Nullable String narrative, @Nullable String place,
                              @Nullable List<String> serviceAreas, @Nullable String language,
                              @Nullable Channel channel, @Nullable Feeling feeling, @Nullable UUID campaignId,
                              @Nullable Storyteller storyteller, @Nullable ConsentRequest consent) {

    public record Storyteller(@Nullable String name, @Nullable String contact, @Nullable AgeBand ageBand,
                              @Nullable String postcodeDistrict, @Nullable EqualityRequest equality) {
        @Override
        public String toString() {
            return "Storyteller[...]";
        }
    }

    public record EqualityRequest(@Nullable String ethnicity, @Nullable String gender, @Nullable Boolean disability) {
        @Override
        public String toString() {
            return "Equality[...]";
        }
    }

    @Override
    public String toString() {
        return "StorySubmission[place=" + place + "]";
    }

    /** Consent as sent by a client; every yes/no must be given explicitly. */
    public record ConsentRequest(@Nullable Boolean analysis, @Nullable Boolean quote, @Nullable Boolean publish,
                                 @Nullable Boolean contact, @Nullable Boolean equalityMonitoring,
                                 @Nullable String wordingVersion, @Nullable ConsentBasis basis) {
    }
}
