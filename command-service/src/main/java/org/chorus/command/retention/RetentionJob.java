package org.chorus.command.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.chorus.command.directory.StoryDirectory;
import org.chorus.command.rules.StateConflict;
import org.chorus.command.story.StoryCommands.ShredStory;
import org.chorus.kernel.story.ShredReason;
import org.chorus.kernel.story.StoryId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Shreds every story rejected longer ago than {@code chorus.retention.rejected-after}: one {@link ShredStory}
 * command each, which destroys the story's keys (recorded in the erasure ledger) and emits a
 * {@code StoryShreddedEvent}. Logs story ids and counts only.
 */
@Component
public class RetentionJob {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final StoryDirectory directory;
    private final CommandGateway commands;
    private final RetentionProperties properties;
    private final Clock clock;

    RetentionJob(StoryDirectory directory, CommandGateway commands, RetentionProperties properties, Clock clock) {
        this.directory = directory;
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${chorus.retention.check-every:PT1H}",
            fixedDelayString = "${chorus.retention.check-every:PT1H}")
    void scheduled() {
        shredDue();
    }

    /** Shreds the rejected stories now past their retention period; returns how many it shredded. */
    public int shredDue() {
        Instant cutoff = clock.instant().minus(properties.rejectedAfter());
        int shredded = 0;
        for (UUID storyId : directory.rejectedBefore(cutoff)) {
            try {
                commands.sendAndWait(new ShredStory(new StoryId(storyId), ShredReason.RETENTION));
                shredded++;
            } catch (StateConflict alreadyGone) {
                LOG.info("story {} was no longer rejected when retention came to shred it", storyId);
            }
        }
        if (shredded > 0) {
            LOG.info("retention shredded {} rejected stories older than {}", shredded, properties.rejectedAfter());
        }
        return shredded;
    }
}
