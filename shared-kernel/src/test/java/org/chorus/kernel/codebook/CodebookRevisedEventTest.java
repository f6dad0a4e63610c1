package org.chorus.kernel.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.event.EventTypes;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.event.Topics;
import org.junit.jupiter.api.Test;

class CodebookRevisedEventTest {

    @Test
    void revisionSurvivesTheTripThroughJsonWithCodesAsPlainStrings() {
        var event = new CodebookRevisedEvent(2, List.of(
                new Theme(new ThemeCode("ACCESS"), "Access to care", List.of("appointment", "wizyta"), false),
                new Theme(new ThemeCode("OLD"), "Old theme", List.of(), true)), "system");

        String json = KernelJson.mapper().writeValueAsString(event);

        assertThat(json).contains("\"code\":\"ACCESS\"").contains("\"retired\":true");
        assertThat(KernelJson.mapper().readValue(json, CodebookRevisedEvent.class)).isEqualTo(event);
    }

    @Test
    void codebookEventsHaveTheirTopicAndTypeName() {
        assertThat(Topics.forAggregateType("Codebook")).isEqualTo("chorus.codebook.events");
        assertThat(EventTypes.forName("CodebookRevisedEvent")).contains(CodebookRevisedEvent.class);
    }
}
