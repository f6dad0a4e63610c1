package org.chorus.query.testsupport;

import java.util.Map;
import java.util.function.Function;
import org.chorus.web.engines.EngineSwitch;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaBrokerFactory;
import org.springframework.kafka.test.context.EmbeddedKafka;

/** Starts the broker a {@link TestKafka} asks for, where {@value org.chorus.web.engines.EngineSwitch#SWITCH} says. */
final class TestKafkaBrokers {

    private TestKafkaBrokers() {
    }

    /**
     * A started broker; {@code bootstrapServersProperty} names the system property the in-process broker sets to
     * its address (none if blank), {@code resolver} resolves placeholders in the topics and broker properties.
     */
    static EmbeddedKafkaBroker start(TestKafka spec, String bootstrapServersProperty,
            Function<String, String> resolver) {
        return EngineSwitch.containers()
                ? KafkaContainerBroker.start(spec, resolver)
                : EmbeddedKafkaBrokerFactory.create(asEmbeddedKafka(spec, bootstrapServersProperty), resolver);
    }

    // spring-kafka builds its broker from an @EmbeddedKafka: the one it would have read off the test class
    private static EmbeddedKafka asEmbeddedKafka(TestKafka spec, String bootstrapServersProperty) {
        return MergedAnnotation.of(EmbeddedKafka.class, Map.of(
                "partitions", spec.partitions(),
                "topics", spec.topics(),
                "brokerProperties", spec.brokerProperties(),
                "bootstrapServersProperty", bootstrapServersProperty)).synthesize();
    }
}
