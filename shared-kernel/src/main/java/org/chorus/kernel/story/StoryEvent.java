package org.chorus.kernel.story;

/**
 * Everything that can happen to a story. Sealed, so projections switch over it exhaustively.
 * Events travel on Kafka topic {@code chorus.story.events}, keyed by story id.
 */
public sealed interface StoryEvent permits StorySubmittedEvent, StoryApprovedEvent, StoryRejectedEvent,
        StoryEscalatedEvent, StoryRedactedEvent, StoryConsentChangedEvent, StoryCodedEvent,
        StoryResponseRecordedEvent, StoryEqualityProfileSharedEvent, StoryWithdrawnEvent,
        StoryShreddedEvent {

    StoryId storyId();
}
