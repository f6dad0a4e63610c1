package org.chorus.command.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.chorus.command.rules.InvalidInput;
import org.chorus.command.rules.StateConflict;
import org.chorus.command.support.InMemoryDataKeys;
import org.chorus.command.story.StoryCommands.ChangeConsent;
import org.chorus.command.story.StoryCommands.CodeStory;
import org.chorus.command.story.StoryCommands.Decision;
import org.chorus.command.story.StoryCommands.ModerateStory;
import org.chorus.command.story.StoryCommands.RecordResponse;
import org.chorus.command.story.StoryCommands.RedactStory;
import org.chorus.command.story.StoryCommands.SubmitStory;
import org.chorus.command.story.StoryCommands.WithdrawStory;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ServiceAreaCode;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.story.AgeBand;
import org.chorus.kernel.story.Channel;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.ConsentBasis;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryApprovedEvent;
import org.chorus.kernel.story.StoryCodedEvent;
import org.chorus.kernel.story.StoryConsentChangedEvent;
import org.chorus.kernel.story.StoryContent;
import org.chorus.kernel.story.StoryEscalatedEvent;
import org.chorus.kernel.story.StoryEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.kernel.story.StoryRedactedEvent;
import org.chorus.kernel.story.StoryRejectedEvent;
import org.chorus.kernel.story.StoryResponseRecordedEvent;
import org.chorus.kernel.story.StorySubmittedEvent;
import org.chorus.kernel.story.StoryWithdrawnEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoryTest {
    private static final String NARRATIVE = "The midwife at Lewisham, Sister Jane Doe, did not listen to me.";

    private final StoryId id = StoryId.random();
    private InMemoryDataKeys keys;
    private StoryVault vault;
    private AggregateTestFixture<Story> fixture;

    @BeforeEach
    void setUp() {
        keys = new InMemoryDataKeys();
        vault = new StoryVault(keys);
        fixture = new AggregateTestFixture<>(Story.class);
        fixture.registerInjectableResource(vault);
    }

    private static Consent consent() {
        return new Consent(true, true, true, false, false, "2026-11", ConsentBasis.SELF);
    }

    private SubmitStory submit(StorytellerDetails storyteller, Consent consent) {
        return new SubmitStory(id, "CH-TEST-0001", "hash", "champion", "Lewisham Champions", new PlaceCode("LEWISHAM"),
                List.of(new ServiceAreaCode("MATERNITY")), "en", Channel.CHAMPION_INTERVIEW, Feeling.NEGATIVE, null,
                new StoryContent("Maternity care", NARRATIVE), storyteller, consent);
    }

    private StorytellerDetails adult() {
        return new StorytellerDetails("Ayesha", "ayesha@example.org", AgeBand.AGE_25_34, "SE13", null);
    }

    /** A submitted event sealed under a real key, as the aggregate would have produced it. */
    private StorySubmittedEvent submitted() {
        return submittedBy(adult(), consent(), false);
    }

    private StorySubmittedEvent submittedBy(StorytellerDetails storyteller, Consent consent, boolean minor) {
        SealedOriginal sealed = vault.sealOriginal(id, new StoryContent("Maternity care", NARRATIVE), storyteller);
        return new StorySubmittedEvent(id, "CH-TEST-0001", "hash", "champion", "Lewisham Champions",
                new PlaceCode("LEWISHAM"), List.of(new ServiceAreaCode("MATERNITY")), "en", Channel.CHAMPION_INTERVIEW,
                Feeling.NEGATIVE, null, sealed.content(), sealed.storyteller(), consent, minor);
    }

    private StoryApprovedEvent approved(StorySubmittedEvent submitted) {
        return new StoryApprovedEvent(id, "moderator", 1, vault.publish(id, 1, submitted.content(), List.of(), true), null);
    }

    private <E extends StoryEvent> E onlyEvent(ResultValidator<Story> result, Class<E> type) {
        List<Object> payloads = new ArrayList<>();
        result.expectSuccessfulHandlerExecution().expectEventsMatching(
                org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.predicate(p -> payloads.add(p)),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
        assertThat(payloads).hasSize(1).first().isInstanceOf(type);
        return type.cast(payloads.get(0));
    }

    @Test
    void submittingSealsTheWordsAndTheStorytellerUnderTheOriginalKey() {
        StorySubmittedEvent event = onlyEvent(fixture.givenNoPriorActivity().when(submit(adult(), consent())),
                StorySubmittedEvent.class);

        assertThat(event.content().ciphertext()).doesNotContain("midwife");
        assertThat(vault.openContent(event.content()).orElseThrow().narrative()).isEqualTo(NARRATIVE);
        assertThat(vault.openStoryteller(event.storyteller()).orElseThrow().name()).isEqualTo("Ayesha");
        assertThat(keys.isReleased(event.content().keyId())).as("the original is never released").isFalse();
        assertThat(event.minor()).isFalse();
    }

    @Test
    void refusesAStoryWithoutConsentForAnalysis() {
        Consent none = new Consent(false, false, false, false, false, "2026-11", ConsentBasis.SELF);

        fixture.givenNoPriorActivity().when(submit(adult(), none)).expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnUnder13StoryWithoutAParentOrGuardiansConsent() {
        StorytellerDetails child = new StorytellerDetails(null, null, AgeBand.UNDER_13, null, null);

        fixture.givenNoPriorActivity().when(submit(child, consent())).expectException(InvalidInput.class);
    }

    @Test
    void neverLetsAChildsStoryBeQuotedOrPublished() {
        StorytellerDetails teenager = new StorytellerDetails(null, null, AgeBand.AGE_16_17, null, null);

        StorySubmittedEvent event = onlyEvent(fixture.givenNoPriorActivity().when(submit(teenager, consent())),
                StorySubmittedEvent.class);

        assertThat(event.minor()).isTrue();
        assertThat(event.consent().quote()).isFalse();
        assertThat(event.consent().publish()).isFalse();
    }

    @Test
    void noLaterConsentChangeMakesAChildsStoryQuotableOrPublished() {
        StorytellerDetails teenager = new StorytellerDetails(null, null, AgeBand.AGE_13_15, null, null);
        StorySubmittedEvent submitted = submittedBy(teenager, consent().heldForMinor(), true);
        Consent askedFor = new Consent(true, true, true, true, false, "2026-12", ConsentBasis.SELF);

        StoryConsentChangedEvent first = onlyEvent(fixture.given(submitted, approved(submitted))
                .when(new ChangeConsent(id, askedFor, "moderator")), StoryConsentChangedEvent.class);
        StoryConsentChangedEvent later = onlyEvent(fixture.given(submitted, approved(submitted), first)
                .when(new ChangeConsent(id, askedFor, "storyteller")), StoryConsentChangedEvent.class);

        for (StoryConsentChangedEvent event : List.of(first, later)) {
            assertThat(event.consent().quote()).isFalse();
            assertThat(event.consent().publish()).isFalse();
            assertThat(event.consent().contact()).isTrue();
            assertThat(event.consent().wordingVersion()).isEqualTo("2026-12");
        }
        assertThat(later.changedBy()).isEqualTo("storyteller");
    }

    @Test
    void anUnder13sConsentChangesOnlyWithAParentOrGuardian() {
        StorytellerDetails child = new StorytellerDetails(null, null, AgeBand.UNDER_13, null, null);
        Consent guardian = new Consent(true, false, false, false, false, "2026-11", ConsentBasis.PARENT_OR_GUARDIAN);
        StorySubmittedEvent submitted = submittedBy(child, guardian, true);
        Consent alone = new Consent(true, false, false, true, false, "2026-12", ConsentBasis.SELF);
        Consent withGuardian = new Consent(true, false, false, true, false, "2026-12", ConsentBasis.PARENT_OR_GUARDIAN);

        fixture.given(submitted).when(new ChangeConsent(id, alone, "moderator")).expectException(InvalidInput.class)
                .expectNoEvents();
        StoryConsentChangedEvent event = onlyEvent(fixture.given(submitted)
                .when(new ChangeConsent(id, withGuardian, "moderator")), StoryConsentChangedEvent.class);
        assertThat(event.consent().basis()).isEqualTo(ConsentBasis.PARENT_OR_GUARDIAN);
    }

    @Test
    void approvingPublishesARedactedVersionUnderANewReleasedKey() {
        int start = NARRATIVE.indexOf("Sister Jane Doe");
        Redaction name = new Redaction(Redaction.Field.NARRATIVE, start, start + "Sister Jane Doe".length());

        StoryApprovedEvent event = onlyEvent(fixture.given(submitted())
                .when(new ModerateStory(id, Decision.APPROVE, null, List.of(name), "moderator")), StoryApprovedEvent.class);

        String published = vault.openContent(event.publishedContent()).orElseThrow().narrative();
        assertThat(published).isEqualTo("The midwife at Lewisham, [redacted], did not listen to me.");
        assertThat(keys.isReleased(event.publishedContent().keyId())).isTrue();
    }

    @Test
    void refusesToApproveTwice() {
        StorySubmittedEvent submitted = submitted();

        fixture.given(submitted, approved(submitted))
                .when(new ModerateStory(id, Decision.APPROVE, null, List.of(), "moderator"))
                .expectException(StateConflict.class).expectNoEvents();
    }

    @Test
    void refusesARedactionSpanOutsideTheText() {
        fixture.given(submitted())
                .when(new ModerateStory(id, Decision.APPROVE, null,
                        List.of(new Redaction(Redaction.Field.TITLE, 0, 500)), "moderator"))
                .expectException(InvalidInput.class).expectNoEvents();
    }

    @Test
    void rejectsAndEscalatesWithASealedReason() {
        StoryRejectedEvent rejected = onlyEvent(fixture.given(submitted())
                .when(new ModerateStory(id, Decision.REJECT, "names a member of staff", List.of(), "moderator")),
                StoryRejectedEvent.class);
        assertThat(rejected.reason().ciphertext()).doesNotContain("staff");
        assertThat(vault.openNote(rejected.reason())).contains("names a member of staff");

        setUp();
        onlyEvent(fixture.given(submitted()).when(new ModerateStory(id, Decision.ESCALATE, null, List.of(), "moderator")),
                StoryEscalatedEvent.class);
    }

    @Test
    void redactingAgainPublishesANewVersionAndDestroysThePreviousKey() {
        StorySubmittedEvent submitted = submitted();
        StoryApprovedEvent approved = approved(submitted);

        StoryRedactedEvent event = onlyEvent(fixture.given(submitted, approved)
                .when(new RedactStory(id, List.of(new Redaction(Redaction.Field.TITLE, 0, 9)), "moderator")),
                StoryRedactedEvent.class);

        assertThat(event.contentVersion()).isEqualTo(2);
        assertThat(vault.openContent(event.publishedContent()).orElseThrow().title()).isEqualTo("[redacted] care");
        assertThat(keys.find(approved.publishedContent().keyId())).isEmpty();
        assertThat(event.supersededKeyId()).isEqualTo(approved.publishedContent().keyId());
    }

    @Test
    void refusesToRedactAStoryThatIsNotApproved() {
        fixture.given(submitted())
                .when(new RedactStory(id, List.of(new Redaction(Redaction.Field.TITLE, 0, 1)), "moderator"))
                .expectException(StateConflict.class);
    }

    @Test
    void withdrawingConsentForAnalysisTakesBackTheReleasedKey() {
        StorySubmittedEvent submitted = submitted();
        StoryApprovedEvent approved = approved(submitted);
        Consent noAnalysis = new Consent(false, false, false, false, false, "2026-11", ConsentBasis.SELF);

        StoryConsentChangedEvent event = onlyEvent(fixture.given(submitted, approved)
                .when(new ChangeConsent(id, noAnalysis, "champion")), StoryConsentChangedEvent.class);

        assertThat(event.consent().analysis()).isFalse();
        assertThat(keys.isReleased(approved.publishedContent().keyId())).isFalse();
        assertThat(keys.find(approved.publishedContent().keyId())).as("withheld, not erased").isPresent();
    }

    @Test
    void codesOnlyApprovedStories() {
        StorySubmittedEvent submitted = submitted();
        CodeStory code = new CodeStory(id, List.of(new ThemeCode("ACCESS")), List.of(), "analyst");

        fixture.given(submitted).when(code).expectException(StateConflict.class);
        setUp();
        StorySubmittedEvent again = submitted();
        StoryCodedEvent event = onlyEvent(fixture.given(again, approved(again)).when(code), StoryCodedEvent.class);
        assertThat(event.added()).containsExactly(new ThemeCode("ACCESS"));
    }

    @Test
    void recordsResponsesOnlyOnApprovedStories() {
        RecordResponse respond = new RecordResponse(id, UUID.randomUUID(), "SEL ICB", "We changed the rota", null,
                null, "analyst");

        fixture.given(submitted()).when(respond).expectException(StateConflict.class);
        setUp();
        StorySubmittedEvent submitted = submitted();
        StoryResponseRecordedEvent event = onlyEvent(fixture.given(submitted, approved(submitted)).when(respond),
                StoryResponseRecordedEvent.class);
        assertThat(event.organisation()).isEqualTo("SEL ICB");
    }

    @Test
    void withdrawingDestroysEveryKeySoNothingCanBeReadAgain() {
        StorySubmittedEvent submitted = submitted();
        StoryApprovedEvent approved = approved(submitted);

        onlyEvent(fixture.given(submitted, approved).when(new WithdrawStory(id, "champion")), StoryWithdrawnEvent.class);

        assertThat(keys.keysOf(id)).isZero();
        assertThat(vault.openContent(submitted.content())).isEmpty();
        assertThat(vault.openContent(approved.publishedContent())).isEmpty();
    }

    @Test
    void aWithdrawnStoryTakesNoMoreCommands() {
        StorySubmittedEvent submitted = submitted();
        StoryWithdrawnEvent withdrawn = new StoryWithdrawnEvent(id, "champion");

        fixture.given(submitted, withdrawn).when(new WithdrawStory(id, "champion")).expectException(StateConflict.class);
        fixture.given(submitted, withdrawn).when(new ChangeConsent(id, consent(), "champion"))
                .expectException(StateConflict.class);
        fixture.given(submitted, withdrawn).when(new ModerateStory(id, Decision.APPROVE, null, List.of(), "m"))
                .expectException(StateConflict.class);
    }
}
