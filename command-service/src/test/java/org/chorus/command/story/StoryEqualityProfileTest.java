package org.chorus.command.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.matchers.Matchers;
import org.chorus.command.story.StoryCommands.ChangeConsent;
import org.chorus.command.story.StoryCommands.Decision;
import org.chorus.command.story.StoryCommands.ModerateStory;
import org.chorus.command.story.StoryCommands.WithdrawStory;
import org.chorus.command.support.InMemoryDataKeys;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ServiceAreaCode;
import org.chorus.kernel.crypto.AesGcm;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.AgeBand;
import org.chorus.kernel.story.Channel;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.ConsentBasis;
import org.chorus.kernel.story.EqualityProfile;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryApprovedEvent;
import org.chorus.kernel.story.StoryConsentChangedEvent;
import org.chorus.kernel.story.StoryContent;
import org.chorus.kernel.story.StoryEqualityProfileSharedEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.kernel.story.StorySubmittedEvent;
import org.chorus.kernel.story.StoryWithdrawnEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When a story's equality answers are shared for counting, under which key, and when that key is taken back. */
class StoryEqualityProfileTest {
    private static final Consent MONITORED = new Consent(true, false, false, false, true, "2026-11", ConsentBasis.SELF);
    private static final Consent UNMONITORED = new Consent(true, false, false, false, false, "2026-11",
            ConsentBasis.SELF);

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

    private StorytellerDetails teller(AgeBand band) {
        return new StorytellerDetails("Ayesha", "ayesha@example.org", band, "SE13",
                new StorytellerDetails.Equality("BLACK_AFRICAN", "WOMAN", true));
    }

    private StorySubmittedEvent submitted(StorytellerDetails teller, Consent consent) {
        SealedOriginal sealed = vault.sealOriginal(id, new StoryContent("Maternity care", "Nobody listened."), teller);
        return new StorySubmittedEvent(id, "CH-TEST-0001", "hash", "champion", "Lewisham Champions",
                new PlaceCode("LEWISHAM"), List.of(new ServiceAreaCode("MATERNITY")), "en", Channel.CHAMPION_INTERVIEW,
                Feeling.NEGATIVE, null, sealed.content(), sealed.storyteller(), consent, teller.minor());
    }

    private StoryApprovedEvent approved(StorySubmittedEvent submitted) {
        return new StoryApprovedEvent(id, "moderator", 1,
                vault.publish(id, 1, submitted.content(), List.of(), true), null);
    }

    private ModerateStory approveThis() {
        return new ModerateStory(id, Decision.APPROVE, null, List.of(), "moderator");
    }

    private static List<Object> events(ResultValidator<Story> result) {
        List<Object> payloads = new ArrayList<>();
        result.expectSuccessfulHandlerExecution().expectEventsMatching(Matchers.payloadsMatching(
                Matchers.<List<?>>predicate(list -> payloads.addAll(list) || list.isEmpty())));
        return payloads;
    }

    private StoryEqualityProfileSharedEvent shared(StorySubmittedEvent submitted) {
        return new StoryEqualityProfileSharedEvent(id, vault.shareProfile(id, submitted.storyteller(), null));
    }

    private EqualityProfile open(SealedText sealed) {
        byte[] key = keys.findReleased(sealed.keyId()).orElseThrow();
        return KernelJson.mapper().readValue(AesGcm.open(sealed, key), EqualityProfile.class);
    }

    @Test
    void approvingWithMonitoringConsentSharesTheProfileUnderItsOwnReleasedKey() {
        StorySubmittedEvent submitted = submitted(teller(AgeBand.AGE_25_34), MONITORED);

        List<Object> events = events(fixture.given(submitted).when(approveThis()));

        assertThat(events).hasSize(2).first().isInstanceOf(StoryApprovedEvent.class);
        SealedText profile = ((StoryEqualityProfileSharedEvent) events.get(1)).profile();
        assertThat(profile.keyId()).startsWith(id + ":v-1:")
                .isNotEqualTo(submitted.content().keyId())
                .isNotEqualTo(((StoryApprovedEvent) events.get(0)).publishedContent().keyId());
        assertThat(profile.ciphertext()).doesNotContain("BLACK_AFRICAN").doesNotContain("Ayesha");
        assertThat(open(profile)).isEqualTo(new EqualityProfile(AgeBand.AGE_25_34, "BLACK_AFRICAN", "WOMAN", true));
        assertThat(open(profile).toString()).doesNotContain("BLACK_AFRICAN");
        assertThat(keys.isReleased(submitted.content().keyId())).as("the original key stays home").isFalse();
    }

    @Test
    void aChildsProfileCarriesTheAgeBandOnly() {
        StorySubmittedEvent submitted = submitted(teller(AgeBand.AGE_13_15), MONITORED);

        List<Object> events = events(fixture.given(submitted).when(approveThis()));

        EqualityProfile profile = open(((StoryEqualityProfileSharedEvent) events.get(1)).profile());
        assertThat(profile.ageBand()).isEqualTo(AgeBand.AGE_13_15);
        assertThat(KernelJson.mapper().writeValueAsString(profile)).doesNotContain("Ayesha").doesNotContain("SE13")
                .doesNotContain("example.org");
    }

    @Test
    void approvingWithoutMonitoringConsentOrWithoutAStorytellerSharesNothing() {
        assertThat(events(fixture.given(submitted(teller(AgeBand.AGE_25_34), UNMONITORED)).when(approveThis())))
                .singleElement().isInstanceOf(StoryApprovedEvent.class);

        setUp();
        SealedOriginal sealed = vault.sealOriginal(id, new StoryContent("t", "n"), null);
        StorySubmittedEvent anonymous = new StorySubmittedEvent(id, "CH-TEST-0002", "hash", "champion", "org",
                new PlaceCode("LEWISHAM"), List.of(), "en", Channel.WEB_FORM, Feeling.MIXED, null, sealed.content(),
                null, MONITORED, false);
        assertThat(events(fixture.given(anonymous).when(approveThis()))).singleElement()
                .isInstanceOf(StoryApprovedEvent.class);
    }

    @Test
    void rejectingSharesNothing() {
        assertThat(events(fixture.given(submitted(teller(AgeBand.AGE_25_34), MONITORED))
                .when(new ModerateStory(id, Decision.REJECT, null, List.of(), "moderator")))).hasSize(1);
        assertThat(keys.keysOf(id)).as("only the original key").isEqualTo(1);
    }

    @Test
    void givingMonitoringConsentOnAnApprovedStorySharesTheProfile() {
        StorySubmittedEvent submitted = submitted(teller(AgeBand.AGE_45_54), UNMONITORED);

        List<Object> events = events(fixture.given(submitted, approved(submitted))
                .when(new ChangeConsent(id, MONITORED, "storyteller")));

        assertThat(events).hasSize(2).first().isInstanceOf(StoryConsentChangedEvent.class);
        assertThat(open(((StoryEqualityProfileSharedEvent) events.get(1)).profile()).ageBand())
                .isEqualTo(AgeBand.AGE_45_54);
    }

    @Test
    void givingConsentBeforeApprovalWaitsForTheApproval() {
        StorySubmittedEvent submitted = submitted(teller(AgeBand.AGE_45_54), UNMONITORED);

        assertThat(events(fixture.given(submitted).when(new ChangeConsent(id, MONITORED, "storyteller"))))
                .singleElement().isInstanceOf(StoryConsentChangedEvent.class);
    }

    @Test
    void withdrawingMonitoringConsentWithholdsTheProfileKeyButNotTheWords() {
        StorySubmittedEvent submitted = submitted(teller(AgeBand.AGE_25_34), MONITORED);
        StoryApprovedEvent approved = approved(submitted);
        StoryEqualityProfileSharedEvent shared = shared(submitted);

        assertThat(events(fixture.given(submitted, approved, shared)
                .when(new ChangeConsent(id, UNMONITORED, "storyteller")))).singleElement()
                .isInstanceOf(StoryConsentChangedEvent.class);

        assertThat(keys.isReleased(shared.profile().keyId())).isFalse();
        assertThat(keys.find(shared.profile().keyId())).as("withheld, not erased").isPresent();
        assertThat(keys.isReleased(approved.publishedContent().keyId())).as("analysis still holds").isTrue();
    }

    @Test
    void withdrawingAnalysisConsentWithholdsTheProfileKeyToo() {
        StorySubmittedEvent submitted = submitted(teller(AgeBand.AGE_25_34), MONITORED);
        StoryEqualityProfileSharedEvent shared = shared(submitted);
        Consent noAnalysis = new Consent(false, false, false, false, true, "2026-11", ConsentBasis.SELF);

        assertThat(events(fixture.given(submitted, approved(submitted), shared)
                .when(new ChangeConsent(id, noAnalysis, "storyteller")))).singleElement()
                .isInstanceOf(StoryConsentChangedEvent.class);

        assertThat(keys.isReleased(shared.profile().keyId())).isFalse();
    }

    @Test
    void givingMonitoringConsentAgainSharesUnderTheSameKeyReleasedAgain() {
        StorySubmittedEvent submitted = submitted(teller(AgeBand.AGE_25_34), MONITORED);
        StoryEqualityProfileSharedEvent shared = shared(submitted);
        keys.withhold(shared.profile().keyId());
        StoryConsentChangedEvent withdrawn = new StoryConsentChangedEvent(id, UNMONITORED, "storyteller");

        List<Object> events = events(fixture.given(submitted, approved(submitted), shared, withdrawn)
                .when(new ChangeConsent(id, MONITORED, "storyteller")));

        SealedText reshared = ((StoryEqualityProfileSharedEvent) events.get(1)).profile();
        assertThat(reshared.keyId()).isEqualTo(shared.profile().keyId());
        assertThat(keys.isReleased(reshared.keyId())).isTrue();
        assertThat(open(reshared).ethnicity()).isEqualTo("BLACK_AFRICAN");
    }

    @Test
    void changingOtherConsentKeepsTheProfileSharedWithoutSharingItAgain() {
        StorySubmittedEvent submitted = submitted(teller(AgeBand.AGE_25_34), MONITORED);
        StoryEqualityProfileSharedEvent shared = shared(submitted);
        Consent withContact = new Consent(true, false, false, true, true, "2026-11", ConsentBasis.SELF);

        assertThat(events(fixture.given(submitted, approved(submitted), shared)
                .when(new ChangeConsent(id, withContact, "storyteller")))).singleElement()
                .isInstanceOf(StoryConsentChangedEvent.class);
        assertThat(keys.isReleased(shared.profile().keyId())).isTrue();
    }

    @Test
    void withdrawingTheStoryDestroysTheProfileKey() {
        StorySubmittedEvent submitted = submitted(teller(AgeBand.AGE_25_34), MONITORED);
        StoryEqualityProfileSharedEvent shared = shared(submitted);

        assertThat(events(fixture.given(submitted, approved(submitted), shared)
                .when(new WithdrawStory(id, "storyteller")))).singleElement().isInstanceOf(StoryWithdrawnEvent.class);

        assertThat(keys.find(shared.profile().keyId())).isEmpty();
        assertThat(keys.keysOf(id)).isZero();
    }
}
