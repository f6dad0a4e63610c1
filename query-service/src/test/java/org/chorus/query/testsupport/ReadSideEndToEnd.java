package org.chorus.query.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole read side on a random port against a Kafka broker of its own ({@link TestKafka}: two partitions a topic,
 * no topic created on first use), with the local users, in a context of its own. A test names only the topics that
 * exist before it starts and its own properties; {@link ReadSideEngines} points it at the wire server and a key
 * endpoint.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestKafka(partitions = 2, brokerProperties = "auto.create.topics.enable=false")
@ActiveProfiles("local")
@DirtiesContext
public @interface ReadSideEndToEnd {

    /** The topics created before the context starts; none by default, as when command-service starts second. */
    @AliasFor(annotation = TestKafka.class, attribute = "topics")
    String[] topics() default {};

    /** Properties of this test on top of the local profile. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
