package org.chorus.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import org.chorus.kernel.event.Topics;
import org.junit.jupiter.api.Test;

/** What the scan keeps of one aggregate's records: a hole stops the count, duplicates and re-reads change nothing. */
class OnKafkaTest {

    @Test
    void anEventMissingInTheMiddleStopsTheCompleteSequenceUntilItArrives() {
        OnKafka story = OnKafka.first("s1", "Story", Topics.STORY_EVENTS, 0);
        assertThat(story.complete()).isNull();

        story.saw(0, "Story", 0, 10);
        story.saw(1, "Story", 0, 11);
        story.saw(3, "Story", 0, 13);
        story.saw(4, "Story", 0, 14);
        assertThat(story.complete()).isEqualTo(1);

        // republished from the hole: 2 fills it, 3 and 4 again are duplicates
        story.saw(2, "Story", 0, 20);
        story.saw(3, "Story", 0, 21);
        story.saw(4, "Story", 0, 22);
        assertThat(story.complete()).isEqualTo(4);
        assertThat(story.lastOffset()).isEqualTo(22);
    }

    @Test
    void whatWasSeenSurvivesItsDocumentAndReadingARecordAgainChangesNothing() {
        OnKafka story = OnKafka.first("s1", "Story", Topics.STORY_EVENTS, 1);
        story.saw(1, "Story", 1, 5);
        story.saw(2, "Story", 1, 6);

        OnKafka reloaded = OnKafka.of(story.document());
        reloaded.saw(2, "Story", 1, 6);
        assertThat(reloaded.document()).isEqualTo(story.document());
        assertThat(reloaded.complete()).isNull();

        reloaded.saw(0, "Story", 1, 7);
        assertThat(reloaded.complete()).isEqualTo(2);
        assertThat(reloaded.partition()).isEqualTo(1);
    }
}
