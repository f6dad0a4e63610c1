package org.chorus.command.directory;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.chorus.kernel.story.StoryApprovedEvent;
import org.chorus.kernel.story.StoryEvent;
import org.chorus.kernel.story.StoryEscalatedEvent;
import org.chorus.kernel.story.StoryRejectedEvent;
import org.chorus.kernel.story.StoryShreddedEvent;
import org.chorus.kernel.story.StoryStatus;
import org.chorus.kernel.story.StorySubmittedEvent;
import org.chorus.kernel.story.StoryWithdrawnEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@link StoryDirectory} in step with story events, inside the command's own transaction. */
@Component
@ProcessingGroup("directory")
class StoryDirectoryProjection {
    private final JdbcTemplate jdbc;

    StoryDirectoryProjection(JdbcTemplate jdbc, StoryDirectory directoryCreatesTheTable) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StorySubmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("INSERT INTO story_directory (story_id, reference, champion, place, status, submitted_at,"
                + " last_sequence, content_key_id, content_sealed, storyteller_sealed) VALUES (?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT (story_id) DO NOTHING",
                event.storyId().value(), event.reference(), event.champion(), event.place().value(),
                StoryStatus.PENDING_MODERATION.name(), java.sql.Timestamp.from(at), sequence,
                event.content().keyId(), event.content().ciphertext(),
                event.storyteller() == null ? null : event.storyteller().ciphertext());
    }

    @EventHandler
    void on(StoryRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("UPDATE story_directory SET status = 'REJECTED', rejected_at = ?, last_sequence = ?"
                + " WHERE story_id = ?", java.sql.Timestamp.from(at), sequence, event.storyId().value());
    }

    @EventHandler
    void on(StoryEvent event, @SequenceNumber long sequence) {
        StoryStatus status = event instanceof StoryApprovedEvent ? StoryStatus.APPROVED
                : event instanceof StoryEscalatedEvent ? StoryStatus.ESCALATED
                : null;
        if (event instanceof StoryWithdrawnEvent || event instanceof StoryShreddedEvent) {
            jdbc.update("UPDATE story_directory SET status = 'WITHDRAWN', content_key_id = NULL, content_sealed = NULL,"
                    + " storyteller_sealed = NULL, last_sequence = ? WHERE story_id = ?", sequence, event.storyId().value());
        } else if (status != null) {
            jdbc.update("UPDATE story_directory SET status = ?, last_sequence = ? WHERE story_id = ?",
                    status.name(), sequence, event.storyId().value());
        } else {
            jdbc.update("UPDATE story_directory SET last_sequence = ? WHERE story_id = ?", sequence,
                    event.storyId().value());
        }
    }
}
