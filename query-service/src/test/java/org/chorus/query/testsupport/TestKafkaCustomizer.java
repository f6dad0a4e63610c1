package org.chorus.query.testsupport;

import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the context's broker, points {@value #BOOTSTRAP_SERVERS} at it and registers it as the
 * {@link EmbeddedKafkaBroker} bean, which the context stops when it closes. Equal for equal {@link TestKafka}s,
 * so that a cached context keeps its broker.
 */
record TestKafkaCustomizer(TestKafka spec) implements ContextCustomizer {
    static final String BOOTSTRAP_SERVERS = "spring.kafka.bootstrap-servers";

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        ConfigurableEnvironment environment = context.getEnvironment();
        EmbeddedKafkaBroker broker = TestKafkaBrokers.start(spec, BOOTSTRAP_SERVERS,
                environment::resolvePlaceholders);
        // the in-process broker also sets it as a system property, which a container broker must not depend on
        environment.getPropertySources().addFirst(new MapPropertySource("testKafka",
                Map.of(BOOTSTRAP_SERVERS, broker.getBrokersAsString())));
        ((GenericApplicationContext) context).registerBean(EmbeddedKafkaBroker.BEAN_NAME, EmbeddedKafkaBroker.class,
                () -> broker);
    }
}
