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
        return TopicBuilder.name(Topics.STORY_EVENTS).partitions(3).config("retention.ms", "-1")
                .config("retention.bytes", "-1").build();
    }
}
