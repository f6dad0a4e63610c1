package org.chorus.query.web;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The {@code minVersion} parameter of read-your-writes reads: absent (-1) or a whole number from 0. */
public final class MinVersion {
    private static final Duration POLL = Duration.ofMillis(50);

    private MinVersion() {
    }

    /**
     * Reads until the read model is no longer behind, polling for at most {@code maxWait}; past that the answer is
     * 503 with {@code Retry-After}.
     */
    public static <T> T await(Duration maxWait, Supplier<T> read, Predicate<T> behind, Supplier<String> notReady)
            throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        T current = read.get();
        while (behind.test(current)) {
            if (System.nanoTime() > deadline) {
                throw new NotReadyException(notReady.get(), Duration.ofSeconds(1));
            }
            Thread.sleep(POLL.toMillis());
            current = read.get();
        }
        return current;
    }

    public static long parse(@Nullable String value) {
        if (value == null) {
            return -1;
        }
        try {
            long version = Long.parseLong(value);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below, like any other bad value
        }
        throw new InvalidRequestException(List.of(new Problem.FieldProblem("minVersion", "must be a whole number >= 0")));
    }
}
