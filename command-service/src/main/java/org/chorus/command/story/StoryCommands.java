package org.chorus.command.story;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ServiceAreaCode;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.story.Channel;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryContent;
import org.chorus.kernel.story.ShredReason;
import org.chorus.kernel.story.StoryId;
import org.jspecify.annotations.Nullable;

/** The commands a story takes. They live only in command-service memory and are never stored. */
public final class StoryCommands {
    private StoryCommands() {
    }

    public record SubmitStory(@TargetAggregateIdentifier StoryId storyId, String reference, String receiptCodeHash,
                              String champion, String championOrganisation, PlaceCode place,
                              List<ServiceAreaCode> serviceAreas, String language, Channel channel, Feeling feeling,
                              @Nullable UUID campaignId, StoryContent content,
                              @Nullable StorytellerDetails storyteller, Consent consent) {
        @Override
        public String toString() {
            return "SubmitStory[" + storyId + "]";
        }
    }

    public enum Decision { APPROVE, REJECT, ESCALATE }

    public record ModerateStory(@TargetAggregateIdentifier StoryId storyId, Decision decision,
                                @Nullable String reason, List<Redaction> redactions, String moderator) {
        @Override
        public String toString() {
            return "ModerateStory[" + storyId + ", " + decision + "]";
        }
    }

    public record RedactStory(@TargetAggregateIdentifier StoryId storyId, List<Redaction> redactions,
                              String moderator) {
    }

    public record ChangeConsent(@TargetAggregateIdentifier StoryId storyId, Consent consent, String changedBy) {
    }

    public record CodeStory(@TargetAggregateIdentifier StoryId storyId, List<ThemeCode> add, List<ThemeCode> remove,
                            String analyst) {
    }

    public record RecordResponse(@TargetAggregateIdentifier StoryId storyId, UUID responseId, String organisation,
                                 String body, @Nullable UUID decisionId, @Nullable UUID actionId, String respondent) {
    }

    public record WithdrawStory(@TargetAggregateIdentifier StoryId storyId, String withdrawnBy) {
    }

    /** Chorus shreds a rejected story whose retention period has run out. */
    public record ShredStory(@TargetAggregateIdentifier StoryId storyId, ShredReason reason) {
    }
}
