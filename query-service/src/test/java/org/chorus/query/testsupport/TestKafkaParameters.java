package org.chorus.query.testsupport;

import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Resolves an {@link EmbeddedKafkaBroker} parameter of a {@link TestKafka} test: a Spring test's is its context's, a
 * plain test class starts one on first use and stops it after its last test.
 */
final class TestKafkaParameters implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestKafka.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedKafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        if (springTest(testClass)) {
            return SpringExtension.getApplicationContext(context).getBean(EmbeddedKafkaBroker.class);
        }
        TestKafka spec = AnnotationSupport.findAnnotation(testClass, TestKafka.class).orElseThrow();
        return classContext(context).getStore(NAMESPACE)
                .computeIfAbsent(testClass, key -> new ClassBroker(TestKafkaBrokers.start(spec, "",
                        Function.identity())), ClassBroker.class)
                .broker();
    }

    private static boolean springTest(Class<?> testClass) {
        return AnnotationSupport.findRepeatableAnnotations(testClass, ExtendWith.class).stream()
                .flatMap(extendWith -> Arrays.stream(extendWith.value()))
                .anyMatch(SpringExtension.class::equals);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext;
    }

    /** Stopped when JUnit closes the test class's store. */
    private record ClassBroker(EmbeddedKafkaBroker broker) implements AutoCloseable {

        @Override
        public void close() {
            broker.destroy();
        }
    }
}
