package org.chorus.query.testsupport;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Gives a Spring test that carries {@link TestKafka} its broker. */
final class TestKafkaCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        TestKafka spec = TestContextAnnotationUtils.findMergedAnnotation(testClass, TestKafka.class);
        return spec == null ? null : new TestKafkaCustomizer(spec);
    }
}
