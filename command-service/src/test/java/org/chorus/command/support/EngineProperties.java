package org.chorus.command.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Points the service at {@link TestEngines}, embedded or containers; integration tests extend it. */
public abstract class EngineProperties {

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestEngines::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.kafka.bootstrap-servers", () -> TestEngines.kafkaServers());
        registry.add("chorus.data-dir", () -> TestEngines.dataDir().toString());
    }
}
