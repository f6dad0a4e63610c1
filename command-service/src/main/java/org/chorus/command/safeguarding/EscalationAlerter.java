package org.chorus.command.safeguarding;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.chorus.command.directory.StoryDirectory;
import org.chorus.command.directory.StoryEntry;
import org.chorus.kernel.story.StoryEscalatedEvent;
import org.springframework.stereotype.Component;

/**
 * Alerts the safeguarding lead when a story is escalated. Runs in its own streaming processor after the escalation
 * commits; an error rolls its batch back and it is tried again. The alert row is written once per story, and the
 * lead is notified only when it is first written.
 */
@Component
@ProcessingGroup(EscalationAlerter.GROUP)
class EscalationAlerter {
    static final String GROUP = "safeguarding";

    private final StoryDirectory directory;
    private final SafeguardingAlerts alerts;
    private final SafeguardingNotifier notifier;
    private final SafeguardingSettings settings;

    EscalationAlerter(StoryDirectory directory, SafeguardingAlerts alerts, SafeguardingNotifier notifier,
                      SafeguardingSettings settings) {
        this.directory = directory;
        this.alerts = alerts;
        this.notifier = notifier;
        this.settings = settings;
    }

    @EventHandler
    void on(StoryEscalatedEvent event, @Timestamp Instant at) {
        StoryEntry story = directory.find(event.storyId().value()).orElseThrow(
                () -> new IllegalStateException("escalated story " + event.storyId() + " is not in the directory"));
        SafeguardingAlert alert = new SafeguardingAlert(story.storyId(), story.reference(), story.place(), at,
                settings.linkBase() + "/moderation/stories/" + story.storyId());
        if (alerts.recordOnce(alert)) {
            notifier.send(alert, settings.leadEmail(), settings.leadPhone());
        }
    }
}
