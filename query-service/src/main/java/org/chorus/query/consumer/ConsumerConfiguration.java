package org.chorus.query.consumer;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.chorus.query.campaign.CampaignProjection;
import org.chorus.query.campaign.CampaignStories;
import org.chorus.query.campaign.ChampionProjection;
import org.chorus.query.codebook.CodebookProjection;
import org.chorus.query.codebook.KnownCodebook;
import org.chorus.query.keys.ContentKeys;
import org.chorus.query.schedule.Periodic;
import org.chorus.query.session.ParticipantKeys;
import org.chorus.query.session.SessionProjection;
import org.chorus.query.story.StoryObserver;
import org.chorus.query.story.StoryProjection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
class ConsumerConfiguration {

    @Bean
    StoryProjection storyProjection(MongoDatabase database, ContentKeys keys, KnownCodebook codebook,
            ObjectProvider<StoryObserver> observers) {
        return new StoryProjection(database, keys, new CampaignStories(database), codebook::themes,
                observers.orderedStream().toList());
    }

    @Bean
    CodebookProjection codebookProjection(MongoDatabase database) {
        return new CodebookProjection(database);
    }

    @Bean
    KnownCodebook knownCodebook(MongoDatabase database) {
        return new KnownCodebook(database);
    }

    @Bean
    ChampionProjection championProjection(MongoDatabase database) {
        return new ChampionProjection(database);
    }

    @Bean
    CampaignProjection campaignProjection(MongoDatabase database) {
        return new CampaignProjection(database);
    }

    @Bean
    ParticipantKeys participantKeys(ContentKeys keys,
            @Value("${chorus.session.key-cache-ttl:5s}") Duration keyCacheTtl) {
        return new ParticipantKeys(keys, keyCacheTtl, Clock.systemUTC());
    }

    @Bean
    SessionProjection sessionProjection(MongoDatabase database, ParticipantKeys keys) {
        return new SessionProjection(database, keys);
    }

    @Bean
    RecordApplier recordApplier(StoryProjection stories, SessionProjection sessions, CampaignProjection campaigns,
            ChampionProjection champions, CodebookProjection codebook) {
        return new RecordApplier(stories, sessions, campaigns, champions, codebook);
    }

    /**
     * Retries for ever (capped back-off) what the poison guard throws back: outages of Mongo, the key endpoint or the
     * broker, which end by themselves. Poison never reaches it: the guard parks it after its own tries.
     */
    @Bean
    DefaultErrorHandler retryingErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(5_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(backOff);
        handler.setClassifications(Map.of(), true);
        return handler;
    }

    @Bean
    ConsumerLag consumerLag(KafkaAdmin admin, ConsumerPositions positions, MeterRegistry registry,
            @Value("${chorus.consumer.lag-timeout:PT5S}") Duration timeout) {
        return new ConsumerLag(Admin.create(admin.getConfigurationProperties()), positions, EventListeners.TOPICS,
                timeout, registry);
    }

    /**
     * Measures the lag every few seconds on a thread of its own, off the consumers' path; started with the consumers,
     * as a service started without them (a web slice, a test) has no broker to ask. The gauges keep their last values
     * while it fails.
     */
    @Bean
    Periodic consumerLagRefresh(ConsumerLag lag, @Value("${chorus.consumer.lag-every:PT5S}") Duration every,
            @Value("${spring.kafka.listener.auto-startup:true}") boolean withTheConsumers) {
        return new Periodic("consumer-lag", Duration.ZERO, every, withTheConsumers, lag::refresh);
    }
}
