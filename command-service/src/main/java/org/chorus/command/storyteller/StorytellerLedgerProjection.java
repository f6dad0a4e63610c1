package org.chorus.command.storyteller;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.chorus.kernel.story.StoryApprovedEvent;
import org.chorus.kernel.story.StoryConsentChangedEvent;
import org.chorus.kernel.story.StoryEscalatedEvent;
import org.chorus.kernel.story.StoryRejectedEvent;
import org.chorus.kernel.story.StoryResponseRecordedEvent;
import org.chorus.kernel.story.StoryStatus;
import org.chorus.kernel.story.StorySubmittedEvent;
import org.chorus.kernel.story.StoryWithdrawnEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link StorytellerLedger} in step with story events. In the subscribing {@code directory} group, so it
 * runs in the command's transaction and a failure fails the command. An escalated story shows the storyteller
 * as still being reviewed: safeguarding is not announced on a page anyone holding the receipt could open.
 */
@Component
@ProcessingGroup("directory")
class StorytellerLedgerProjection {
    private final StorytellerLedger ledger;

    StorytellerLedgerProjection(StorytellerLedger ledger) {
        this.ledger = ledger;
    }

    @EventHandler
    void on(StorySubmittedEvent event) {
        ledger.add(event.storyId().value(), event.reference(), event.receiptCodeHash(), event.consent());
    }

    @EventHandler
    void on(StoryApprovedEvent event) {
        ledger.status(event.storyId().value(), StoryStatus.APPROVED);
    }

    @EventHandler
    void on(StoryRejectedEvent event) {
        ledger.status(event.storyId().value(), StoryStatus.REJECTED);
    }

    @EventHandler
    void on(StoryEscalatedEvent event) {
        ledger.status(event.storyId().value(), StoryStatus.PENDING_MODERATION);
    }

    @EventHandler
    void on(StoryConsentChangedEvent event) {
        ledger.consent(event.storyId().value(), event.consent());
    }

    @EventHandler
    void on(StoryResponseRecordedEvent event, @Timestamp Instant at) {
        ledger.respond(event.storyId().value(), event.responseId(), event.organisation(), event.body(), at);
    }

    @EventHandler
    void on(StoryWithdrawnEvent event) {
        ledger.withdraw(event.storyId().value());
    }
}
