package org.chorus.command.publishing;

import org.apache.kafka.clients.admin.NewTopic;
import org.chorus.kernel.event.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The event topics keep events forever: they are the read side's source for rebuilds. */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    NewTopic storyEvents() {
        return keptForever(Topics.STORY_EVENTS);
    }

    @Bean
    NewTopic sessionEvents() {
        return keptForever(Topics.SESSION_EVENTS);
    }

    @Bean
    NewTopic championEvents() {
        return keptForever(Topics.CHAMPION_EVENTS);
    }

    @Bean
    NewTopic campaignEvents() {
        return keptForever(Topics.CAMPAIGN_EVENTS);
    }

    @Bean
    NewTopic codebookEvents() {
        return TopicBuilder.name(Topics.CODEBOOK_EVENTS).partitions(1).config("retention.ms", "-1")
                .config("retention.bytes", "-1").build();
    }

    private static NewTopic keptForever(String name) {
        return TopicBuilder.name(name).partitions(3).config("retention.ms", "-1").config("retention.bytes", "-1")
                .build();
    }
}
