package org.chorus.query.consumer;

import com.mongodb.client.MongoDatabase;
import java.util.Map;
import org.chorus.query.story.ContentKeys;
import org.chorus.query.story.StoryProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
class ConsumerConfiguration {

    @Bean
    StoryProjection storyProjection(MongoDatabase database, ContentKeys keys) {
        return new StoryProjection(database, keys);
    }

    /** Retries a failing record for ever (capped back-off): skipping one would break the story's order for good. */
    @Bean
    DefaultErrorHandler retryingErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(5_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(backOff);
        handler.setClassifications(Map.of(), true);
        return handler;
    }
}
