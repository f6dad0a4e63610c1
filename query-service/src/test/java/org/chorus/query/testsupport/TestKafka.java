package org.chorus.query.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A Kafka broker of the test's own, as an {@link EmbeddedKafkaBroker}: one per Spring test context, whose
 * {@code spring.kafka.bootstrap-servers} points at it, or one per plain test class, which takes it as a parameter.
 * {@value org.chorus.web.engines.EngineSwitch#SWITCH} picks it: spring-kafka's in-process KRaft broker ({@code embedded}, the default) or
 * the {@code apache/kafka} image ({@code containers}). Stands in for {@code @EmbeddedKafka}, whose own customizer
 * would start an in-process broker whatever the switch says.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(TestKafkaCustomizerFactory.class)
@ExtendWith(TestKafkaParameters.class)
public @interface TestKafka {

    /** The partitions of a topic the broker makes: those named here, by {@code addTopics(String...)}, or on use. */
    int partitions() default 2;

    /** The topics created before the test starts. */
    String[] topics() default {};

    /** Broker settings, {@code name=value}, as {@code @EmbeddedKafka} takes them. */
    String[] brokerProperties() default {};
}
