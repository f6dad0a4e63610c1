package org.chorus.kernel.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ServiceAreaCode;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.story.Channel;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.ConsentBasis;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryCodedEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.kernel.story.StorySubmittedEvent;
import org.junit.jupiter.api.Test;

class EventJsonTest {
    private final StoryId id = StoryId.random();

    @Test
    void submittedEventSurvivesTheTripThroughJsonWithIdsAndCodesAsPlainStrings() {
        var event = new StorySubmittedEvent(id, "CH-7KQ2-9M", "hash", "champion", "Age UK Lewisham",
                new PlaceCode("LEWISHAM"), List.of(new ServiceAreaCode("MATERNITY")), "bn", Channel.WEB_FORM,
                Feeling.MIXED, null, new SealedText("k1", "AAAA"), null,
                new Consent(true, false, false, false, false, "v1", ConsentBasis.SELF), false);

        String json = KernelJson.mapper().writeValueAsString(event);

        assertThat(json).contains("\"storyId\":\"" + id + "\"").contains("\"place\":\"LEWISHAM\"")
                .contains("\"serviceAreas\":[\"MATERNITY\"]");
        assertThat(KernelJson.mapper().readValue(json, StorySubmittedEvent.class)).isEqualTo(event);
    }

    @Test
    void everyEventTypeNameResolvesToItsRecord() {
        assertThat(EventTypes.forName("StoryCodedEvent")).contains(StoryCodedEvent.class);
        assertThat(EventTypes.forName(EventTypes.nameOf(StoryCodedEvent.class))).contains(StoryCodedEvent.class);
        assertThat(EventTypes.forName("NoSuchEvent")).isEmpty();
    }

    @Test
    void unknownFieldsFromANewerRevisionAreIgnored() {
        String json = "{\"storyId\":\"" + id + "\",\"added\":[\"TRUST\"],\"removed\":[],\"analyst\":\"a\",\"extra\":1}";

        StoryCodedEvent event = KernelJson.mapper().readValue(json, StoryCodedEvent.class);

        assertThat(event.added()).containsExactly(new ThemeCode("TRUST"));
    }

    @Test
    void topicForStoryAggregateIsTheStoryEventTopic() {
        assertThat(Topics.forAggregateType("Story")).isEqualTo("chorus.story.events");
        assertThat(Topics.forAggregateType("CoDesignSession")).isEqualTo("chorus.session.events");
        assertThat(Topics.forAggregateType("Champion")).isEqualTo("chorus.champion.events");
        assertThat(Topics.forAggregateType("OutreachCampaign")).isEqualTo("chorus.campaign.events");
        assertThat(EventTypes.forName("OutreachLoggedEvent")).contains(org.chorus.kernel.campaign.OutreachLoggedEvent.class);
        assertThat(UUID.fromString(id.toString())).isEqualTo(id.value());
    }
}
