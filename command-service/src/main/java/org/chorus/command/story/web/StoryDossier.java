package org.chorus.command.story.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.chorus.command.story.StoryVault;
import org.chorus.command.story.StorytellerDetails;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.StoryApprovedEvent;
import org.chorus.kernel.story.StoryConsentChangedEvent;
import org.chorus.kernel.story.StoryContent;
import org.chorus.kernel.story.StoryEscalatedEvent;
import org.chorus.kernel.story.StoryRejectedEvent;
import org.chorus.kernel.story.StoryStatus;
import org.chorus.kernel.story.StorySubmittedEvent;
import org.chorus.kernel.story.StoryShreddedEvent;
import org.chorus.kernel.story.StoryWithdrawnEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The whole story as a moderator reads it, decrypted from its events while its keys exist. */
@Component
public class StoryDossier {
    private final EventStore events;
    private final StoryVault vault;

    StoryDossier(EventStore events, StoryVault vault) {
        this.events = events;
        this.vault = vault;
    }

    public record View(String id, String reference, StoryStatus status, String place, List<String> serviceAreas,
                String language, String channel, String feeling, @Nullable String campaignId, Instant submittedAt,
                long version, @Nullable String title, @Nullable String narrative,
                @Nullable StorytellerDetails storyteller, Consent consent, @Nullable String publishedTitle,
                @Nullable String publishedNarrative, List<Map<String, Object>> moderationNotes) {
    }

    View read(String storyId) {
        DomainEventStream stream = events.readEvents(storyId);
        StorySubmittedEvent submitted = null;
        Instant submittedAt = null;
        StoryStatus status = StoryStatus.PENDING_MODERATION;
        Consent consent = null;
        StoryContent published = null;
        List<Map<String, Object>> notes = new ArrayList<>();
        long version = -1;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            version = message.getSequenceNumber();
            Object event = message.getPayload();
            if (event instanceof StorySubmittedEvent e) {
                submitted = e;
                submittedAt = message.getTimestamp();
                consent = e.consent();
            } else if (event instanceof StoryApprovedEvent e) {
                status = StoryStatus.APPROVED;
                published = vault.openContent(e.publishedContent()).orElse(null);
                note(notes, "APPROVE", e.moderator(), e.reason() == null ? null : vault.openNote(e.reason()).orElse(null));
            } else if (event instanceof StoryRejectedEvent e) {
                status = StoryStatus.REJECTED;
                note(notes, "REJECT", e.moderator(), e.reason() == null ? null : vault.openNote(e.reason()).orElse(null));
            } else if (event instanceof StoryEscalatedEvent e) {
                status = StoryStatus.ESCALATED;
                note(notes, "ESCALATE", e.moderator(), e.reason() == null ? null : vault.openNote(e.reason()).orElse(null));
            } else if (event instanceof org.chorus.kernel.story.StoryRedactedEvent e) {
                published = vault.openContent(e.publishedContent()).orElse(null);
            } else if (event instanceof StoryConsentChangedEvent e) {
                consent = e.consent();
            } else if (event instanceof StoryWithdrawnEvent || event instanceof StoryShreddedEvent) {
                status = StoryStatus.WITHDRAWN;
            }
        }
        if (submitted == null) {
            throw new IllegalStateException("story " + storyId + " has no submission event");
        }
        StoryContent content = vault.openContent(submitted.content()).orElse(null);
        StorytellerDetails teller = submitted.storyteller() == null ? null
                : vault.openStoryteller(submitted.storyteller()).orElse(null);
        return new View(storyId, submitted.reference(), status, submitted.place().value(),
                submitted.serviceAreas().stream().map(Object::toString).toList(), submitted.language(),
                submitted.channel().name(), submitted.feeling().name(),
                submitted.campaignId() == null ? null : submitted.campaignId().toString(), submittedAt, version,
                content == null ? null : content.title(), content == null ? null : content.narrative(), teller,
                consent, published == null ? null : published.title(),
                published == null ? null : published.narrative(), notes);
    }

    private static void note(List<Map<String, Object>> notes, String decision, String moderator, @Nullable String reason) {
        notes.add(reason == null ? Map.of("decision", decision, "moderator", moderator)
                : Map.of("decision", decision, "moderator", moderator, "reason", reason));
    }
}
