package org.chorus.query.consistency;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.chorus.query.insight.StoryFinder;
import org.chorus.query.schedule.Periodic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The check, its repair and the gauge {@code chorus.consistency.differences} (NaN until the first check). */
@Configuration(proxyBeanMethods = false)
class ConsistencyConfiguration {

    @Bean
    KafkaScan kafkaScan(MongoDatabase database, @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
            @Value("${chorus.consistency.scan-timeout:PT60S}") Duration timeout) {
        return new KafkaScan(database, bootstrapServers, timeout);
    }

    @Bean
    ConsistencyCheck consistencyCheck(MongoDatabase database, EventStore eventStore, StoryFinder search,
            KafkaScan kafkaScan, @Value("${chorus.consistency.publish-grace:PT2S}") Duration publishGrace,
            MeterRegistry meters) {
        ConsistencyCheck check = new ConsistencyCheck(database, eventStore, search, kafkaScan, publishGrace,
                Clock.systemUTC());
        Gauge.builder("chorus.consistency.differences", check, ConsistencyConfiguration::differences)
                .description("differences the last consistency check found")
                .register(meters);
        return check;
    }

    @Bean
    ConsistencyRepair consistencyRepair(ConsistencyCheck check, EventStore eventStore,
            @Value("${chorus.consistency.repair-wait:PT30S}") Duration wait) {
        return new ConsistencyRepair(check, eventStore, wait, Clock.systemUTC());
    }

    /** Runs the check every {@code chorus.consistency.check-every} (off unless set), keeping the gauge current. */
    @Bean
    @ConditionalOnProperty("chorus.consistency.check-every")
    Periodic scheduledConsistencyCheck(ConsistencyCheck check,
            @Value("${chorus.consistency.check-every}") Duration every) {
        return new Periodic("consistency-check", every, every, true, check::run);
    }

    private static double differences(ConsistencyCheck check) {
        CheckResult last = check.last();
        return last == null ? Double.NaN : last.differences().size();
    }
}
