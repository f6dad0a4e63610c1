package org.chorus.command.story;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.chorus.command.keys.Erasure;
import org.chorus.command.rules.FieldProblem;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.rules.StateConflict;
import org.chorus.command.story.StoryCommands.ChangeConsent;
import org.chorus.command.story.StoryCommands.CodeStory;
import org.chorus.command.story.StoryCommands.ModerateStory;
import org.chorus.command.story.StoryCommands.RecordResponse;
import org.chorus.command.story.StoryCommands.RedactStory;
import org.chorus.command.story.StoryCommands.ShredStory;
import org.chorus.command.story.StoryCommands.SubmitStory;
import org.chorus.command.story.StoryCommands.WithdrawStory;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.ConsentBasis;
import org.chorus.kernel.story.StoryApprovedEvent;
import org.chorus.kernel.story.StoryCodedEvent;
import org.chorus.kernel.story.StoryConsentChangedEvent;
import org.chorus.kernel.story.StoryEqualityProfileSharedEvent;
import org.chorus.kernel.story.StoryEscalatedEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.kernel.story.StoryRedactedEvent;
import org.chorus.kernel.story.StoryRejectedEvent;
import org.chorus.kernel.story.StoryResponseRecordedEvent;
import org.chorus.kernel.story.StoryShreddedEvent;
import org.chorus.kernel.story.StoryStatus;
import org.chorus.kernel.story.StorySubmittedEvent;
import org.chorus.kernel.story.StoryWithdrawnEvent;
import org.jspecify.annotations.Nullable;

/** A resident's story, from submission through moderation to withdrawal. Handlers check, then apply. */
@Aggregate
@SuppressWarnings("NullAway.Init")
class Story {
    @AggregateIdentifier
    private StoryId id;
    private StoryStatus status;
    private boolean minor;
    private Consent consent;
    private SealedText original;
    private @Nullable SealedText storyteller;
    private @Nullable String profileKeyId;
    private @Nullable SealedText published;
    private int contentVersion;

    protected Story() {
    }

    @CommandHandler
    Story(SubmitStory command, StoryVault vault) {
        boolean minor = command.storyteller() != null && command.storyteller().minor();
        checkConsent(command.consent(), command.storyteller() != null && command.storyteller().under13());
        SealedOriginal sealed = vault.sealOriginal(command.storyId(), command.content(), command.storyteller());
        apply(new StorySubmittedEvent(command.storyId(), command.reference(), command.receiptCodeHash(),
                command.champion(), command.championOrganisation(), command.place(), command.serviceAreas(),
                command.language(), command.channel(), command.feeling(), command.campaignId(), sealed.content(),
                sealed.storyteller(), minor ? command.consent().heldForMinor() : command.consent(), minor));
    }

    @CommandHandler
    void handle(ModerateStory command, StoryVault vault) {
        requireStatus(StoryStatus.PENDING_MODERATION, "story.not-pending", "only a story pending moderation can be moderated");
        SealedText reason = command.reason() == null ? null : vault.sealNote(original, command.reason());
        switch (command.decision()) {
            case APPROVE -> {
                apply(new StoryApprovedEvent(id, command.moderator(), 1,
                        vault.publish(id, 1, original, command.redactions(), consent.analysis()), reason));
                shareProfileIf(equalityShareable(StoryStatus.APPROVED, consent), vault);
            }
            case REJECT -> apply(new StoryRejectedEvent(id, command.moderator(), reason));
            case ESCALATE -> apply(new StoryEscalatedEvent(id, command.moderator(), reason));
        }
    }

    @CommandHandler
    void handle(RedactStory command, StoryVault vault) {
        requireStatus(StoryStatus.APPROVED, "story.not-approved", "only an approved story can be redacted again");
        SealedText current = published();
        int version = contentVersion + 1;
        SealedText next = vault.publish(id, version, current, command.redactions(), consent.analysis());
        vault.destroy(current.keyId(), Erasure.REDACTION);
        apply(new StoryRedactedEvent(id, command.moderator(), version, next, current.keyId()));
    }

    @CommandHandler
    void handle(ChangeConsent command, StoryVault vault) {
        requireNotWithdrawn();
        checkBasis(command.consent(), storyteller != null && vault.openStoryteller(storyteller)
                .map(StorytellerDetails::under13).orElse(false));
        Consent next = minor ? command.consent().heldForMinor() : command.consent();
        if (published != null) {
            vault.release(published.keyId(), next.analysis() && status == StoryStatus.APPROVED);
        }
        boolean wasShared = equalityShareable(status, consent);
        boolean shareable = equalityShareable(status, next);
        if (profileKeyId != null && !shareable) {
            vault.release(profileKeyId, false);
        }
        apply(new StoryConsentChangedEvent(id, next, command.changedBy()));
        shareProfileIf(shareable && !wasShared, vault);
    }

    // the equality answers are counted only for an approved story whose storyteller agreed to analysis and monitoring
    private boolean equalityShareable(StoryStatus inStatus, Consent withConsent) {
        return storyteller != null && inStatus == StoryStatus.APPROVED && withConsent.analysis()
                && withConsent.equalityMonitoring();
    }

    private void shareProfileIf(boolean share, StoryVault vault) {
        if (share && storyteller != null) {
            apply(new StoryEqualityProfileSharedEvent(id, vault.shareProfile(id, storyteller, profileKeyId)));
        }
    }

    @CommandHandler
    void handle(CodeStory command) {
        requireStatus(StoryStatus.APPROVED, "story.not-approved", "only approved stories can be coded");
        apply(new StoryCodedEvent(id, List.copyOf(command.add()), List.copyOf(command.remove()), command.analyst()));
    }

    @CommandHandler
    void handle(RecordResponse command) {
        requireStatus(StoryStatus.APPROVED, "story.not-approved", "only approved stories receive responses");
        apply(new StoryResponseRecordedEvent(id, command.responseId(), command.organisation(), command.body(),
                command.decisionId(), command.actionId(), command.respondent()));
    }

    @CommandHandler
    void handle(WithdrawStory command, StoryVault vault) {
        requireNotWithdrawn();
        vault.destroyAll(id, Erasure.WITHDRAWAL);
        apply(new StoryWithdrawnEvent(id, command.withdrawnBy()));
    }

    @CommandHandler
    void handle(ShredStory command, StoryVault vault) {
        requireStatus(StoryStatus.REJECTED, "story.not-rejected", "only a rejected story is shredded by retention");
        vault.destroyAll(id, Erasure.RETENTION);
        apply(new StoryShreddedEvent(id, command.reason()));
    }

    private static void checkConsent(Consent consent, boolean under13) {
        if (!consent.analysis()) {
            throw new InvalidInput("consent.analysis", "Consent for analysis is needed to keep a story");
        }
        checkBasis(consent, under13);
    }

    // a child under 13 can neither give nor change consent alone
    private static void checkBasis(Consent consent, boolean under13) {
        if (under13 && consent.basis() != ConsentBasis.PARENT_OR_GUARDIAN) {
            throw new InvalidInput(List.of(new FieldProblem("consent.basis",
                    "A child under 13 needs a parent or guardian's consent")));
        }
    }

    private void requireStatus(StoryStatus required, String code, String message) {
        requireNotWithdrawn();
        if (status != required) {
            throw new StateConflict(code, message + " (it is " + status + ")");
        }
    }

    private void requireNotWithdrawn() {
        if (status == StoryStatus.WITHDRAWN) {
            throw new StateConflict("story.withdrawn", "the story was withdrawn and its content erased");
        }
    }

    private SealedText published() {
        if (published == null) {
            throw new IllegalStateException("approved story " + id + " has no published version");
        }
        return published;
    }

    @EventSourcingHandler
    void on(StorySubmittedEvent event) {
        id = event.storyId();
        status = StoryStatus.PENDING_MODERATION;
        minor = event.minor();
        consent = event.consent();
        original = event.content();
        storyteller = event.storyteller();
    }

    @EventSourcingHandler
    void on(StoryApprovedEvent event) {
        status = StoryStatus.APPROVED;
        published = event.publishedContent();
        contentVersion = event.contentVersion();
    }

    @EventSourcingHandler
    void on(StoryRejectedEvent event) {
        status = StoryStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(StoryEscalatedEvent event) {
        status = StoryStatus.ESCALATED;
    }

    @EventSourcingHandler
    void on(StoryRedactedEvent event) {
        published = event.publishedContent();
        contentVersion = event.contentVersion();
    }

    @EventSourcingHandler
    void on(StoryConsentChangedEvent event) {
        consent = event.consent();
    }

    @EventSourcingHandler
    void on(StoryEqualityProfileSharedEvent event) {
        profileKeyId = event.profile().keyId();
    }

    @EventSourcingHandler
    void on(StoryShreddedEvent event) {
        status = StoryStatus.WITHDRAWN;
        published = null;
        storyteller = null;
        profileKeyId = null;
    }

    @EventSourcingHandler
    void on(StoryWithdrawnEvent event) {
        status = StoryStatus.WITHDRAWN;
        published = null;
        storyteller = null;
        profileKeyId = null;
    }
}
