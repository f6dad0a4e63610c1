package org.chorus.command.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.chorus.command.rules.StateConflict;
import org.chorus.command.story.StoryCommands.ShredStory;
import org.chorus.command.story.StoryCommands.WithdrawStory;
import org.chorus.command.support.InMemoryDataKeys;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ServiceAreaCode;
import org.chorus.kernel.story.AgeBand;
import org.chorus.kernel.story.Channel;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.ConsentBasis;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.ShredReason;
import org.chorus.kernel.story.StoryApprovedEvent;
import org.chorus.kernel.story.StoryContent;
import org.chorus.kernel.story.StoryId;
import org.chorus.kernel.story.StoryRejectedEvent;
import org.chorus.kernel.story.StoryShreddedEvent;
import org.chorus.kernel.story.StorySubmittedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retention shreds a rejected story: every key destroyed, then it takes no more commands. */
class StoryShreddingTest {
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

    private StorySubmittedEvent submitted() {
        SealedOriginal sealed = vault.sealOriginal(id, new StoryContent("Rejected", "Words for nobody"),
                new StorytellerDetails("Ayesha", "ayesha@example.org", AgeBand.AGE_25_34, "SE13", null));
        return new StorySubmittedEvent(id, "CH-TEST-0002", "hash", "champion", "Lewisham Champions",
                new PlaceCode("LEWISHAM"), List.of(new ServiceAreaCode("MATERNITY")), "en", Channel.CHAMPION_INTERVIEW,
                Feeling.NEGATIVE, null, sealed.content(), sealed.storyteller(),
                new Consent(true, false, false, false, false, "2026-11", ConsentBasis.SELF), false);
    }

    @Test
    void aRejectedStoryIsShreddedWithEveryKeyDestroyed() {
        StorySubmittedEvent submitted = submitted();

        fixture.given(submitted, new StoryRejectedEvent(id, "moderator", null))
                .when(new ShredStory(id, ShredReason.RETENTION))
                .expectEvents(new StoryShreddedEvent(id, ShredReason.RETENTION));

        assertThat(keys.keysOf(id)).isZero();
        assertThat(vault.openContent(submitted.content())).isEmpty();
    }

    @Test
    void onlyARejectedStoryIsShredded() {
        StorySubmittedEvent submitted = submitted();
        StoryApprovedEvent approved = new StoryApprovedEvent(id, "moderator", 1,
                vault.publish(id, 1, submitted.content(), List.of(), true), null);

        fixture.given(submitted, approved).when(new ShredStory(id, ShredReason.RETENTION))
                .expectException(StateConflict.class).expectNoEvents();
        fixture.given(submitted).when(new ShredStory(id, ShredReason.RETENTION))
                .expectException(StateConflict.class).expectNoEvents();
        assertThat(keys.keysOf(id)).isPositive();
    }

    @Test
    void aShreddedStoryTakesNoMoreCommands() {
        StorySubmittedEvent submitted = submitted();

        fixture.given(submitted, new StoryRejectedEvent(id, "moderator", null),
                        new StoryShreddedEvent(id, ShredReason.RETENTION))
                .when(new WithdrawStory(id, "champion"))
                .expectException(StateConflict.class).expectNoEvents();
    }
}
