package org.chorus.command.keys;

import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The component {@code keystore} of {@code /actuator/health}: the key store has its own pool, not a bean, so Boot's
 * {@code db} covers only the event store. Without the key store nothing with personal data can be accepted.
 */
@Configuration(proxyBeanMethods = false)
class KeyStoreHealth {

    @Bean
    @ConditionalOnEnabledHealthIndicator("keystore")
    DataSourceHealthIndicator keystoreHealthIndicator(JdbcDataKeys keys) {
        return new DataSourceHealthIndicator(keys.dataSource());
    }
}
