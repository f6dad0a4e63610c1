package org.chorus.command.storyteller;

import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.chorus.command.directory.StoryDirectory;
import org.chorus.command.directory.StoryEntry;
import org.chorus.command.notify.NotifyProperties;
import org.chorus.command.notify.Notifications;
import org.chorus.command.story.StoryVault;
import org.chorus.command.story.StorytellerDetails;
import org.chorus.kernel.story.StoryResponseRecordedEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends a response to the storyteller who agreed to be contacted, by email or text message as their contact reads.
 * A tracking processor ({@value #GROUP}): a failure rolls back and is retried. Each event is sent once: its id is
 * claimed in {@code notification_sent} in the same transaction as the send, so a replay or a second delivery finds
 * it claimed. Neither the contact nor the response is ever logged.
 */
@Component
@ProcessingGroup(ResponseNotifier.GROUP)
class ResponseNotifier {
    static final String GROUP = "storyteller-notifications";
    private static final Logger LOG = LoggerFactory.getLogger(ResponseNotifier.class);

    private final StorytellerLedger ledger;
    private final StoryDirectory directory;
    private final StoryVault vault;
    private final Notifications notifications;
    private final NotifyProperties.Templates templates;
    private final JdbcTemplate jdbc;

    ResponseNotifier(StorytellerLedger ledger, StoryDirectory directory, StoryVault vault, Notifications notifications,
                     NotifyProperties properties, JdbcTemplate jdbc) {
        this.ledger = ledger;
        this.directory = directory;
        this.vault = vault;
        this.notifications = notifications;
        this.templates = properties.templates();
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS notification_sent (event_id text PRIMARY KEY,"
                + " sent_at timestamptz NOT NULL DEFAULT now())");
    }

    @EventHandler
    void on(StoryResponseRecordedEvent event, @MessageIdentifier String eventId) {
        if (!notifications.enabled()) {
            return;
        }
        Optional<LedgerEntry> story = ledger.byStory(event.storyId().value()).filter(s -> s.consent().contact());
        String contact = story.flatMap(s -> directory.find(s.storyId())).map(StoryEntry::storyteller)
                .flatMap(vault::openStoryteller).map(StorytellerDetails::contact).orElse(null);
        Channel channel = Channel.of(contact);
        if (story.isEmpty() || contact == null || channel == null || !claimed(eventId)) {
            return;
        }
        Map<String, String> personalisation = Map.of("reference", story.get().reference(),
                "organisation", event.organisation(), "response", event.body());
        if (channel == Channel.EMAIL) {
            notifications.email(required(templates.responseEmail()), contact.strip(), personalisation, eventId);
        } else {
            notifications.sms(required(templates.responseSms()), contact.strip(), personalisation, eventId);
        }
        LOG.info("Sent response {} of story {} to its storyteller by {}", event.responseId(), event.storyId(), channel);
    }

    private boolean claimed(String eventId) {
        return jdbc.update("INSERT INTO notification_sent (event_id) VALUES (?) ON CONFLICT (event_id) DO NOTHING",
                eventId) == 1;
    }

    private static String required(@Nullable String templateId) {
        if (templateId == null || templateId.isBlank()) {
            throw new IllegalStateException("chorus.notify.templates is missing a response template id");
        }
        return templateId;
    }

    /** How a contact can be reached: an address with an @ by email, a phone number by text message. */
    enum Channel {
        EMAIL, SMS;

        static @Nullable Channel of(@Nullable String contact) {
            if (contact == null || contact.isBlank()) {
                return null;
            }
            String plain = contact.strip();
            if (plain.contains("@")) {
                return EMAIL;
            }
            return plain.matches("\\+?[0-9 ()\\-]{7,20}") ? SMS : null;
        }
    }
}
