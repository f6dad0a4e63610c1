package org.chorus.command.storyteller;

import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.chorus.kernel.story.StoryApprovedEvent;
import org.chorus.kernel.story.StoryConsentChangedEvent;
import org.chorus.kernel.story.StoryEscalatedEvent;
import org.chorus.kernel.story.StoryRejectedEvent;
import org.chorus.kernel.story.StoryResponseRecordedEvent;
import org.chorus.kernel.story.StorySubmittedEvent;
import org.chorus.kernel.story.StoryWithdrawnEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start-up, fills {@link StorytellerLedger} for stories told before it existed: each story the directory holds
 * and the ledger does not is replayed from its own events through {@link StorytellerLedgerProjection}.
 */
@Component
class LedgerBackfill implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerBackfill.class);

    private final JdbcTemplate jdbc;
    private final EventStore events;
    private final StorytellerLedgerProjection projection;

    LedgerBackfill(JdbcTemplate jdbc, EventStore events, StorytellerLedgerProjection projection,
                   StorytellerLedger ledgerCreatesItsTables) {
        this.jdbc = jdbc;
        this.events = events;
        this.projection = projection;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<UUID> missing = missing();
        missing.forEach(this::replay);
        if (!missing.isEmpty()) {
            LOG.info("Storyteller ledger filled in for {} earlier stories", missing.size());
        }
    }

    List<UUID> missing() {
        return jdbc.queryForList("SELECT d.story_id FROM story_directory d LEFT JOIN storyteller_ledger l"
                + " ON l.story_id = d.story_id WHERE l.story_id IS NULL", UUID.class);
    }

    void replay(UUID storyId) {
        events.readEvents(storyId.toString()).asStream().forEach(this::apply);
    }

    private void apply(DomainEventMessage<?> message) {
        Object event = message.getPayload();
        if (event instanceof StorySubmittedEvent submitted) {
            projection.on(submitted);
        } else if (event instanceof StoryApprovedEvent approved) {
            projection.on(approved);
        } else if (event instanceof StoryRejectedEvent rejected) {
            projection.on(rejected);
        } else if (event instanceof StoryEscalatedEvent escalated) {
            projection.on(escalated);
        } else if (event instanceof StoryConsentChangedEvent changed) {
            projection.on(changed);
        } else if (event instanceof StoryResponseRecordedEvent response) {
            projection.on(response, message.getTimestamp());
        } else if (event instanceof StoryWithdrawnEvent withdrawn) {
            projection.on(withdrawn);
        }
    }
}
