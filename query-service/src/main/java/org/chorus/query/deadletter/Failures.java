package org.chorus.query.deadletter;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import java.io.IOException;
import java.util.List;
import org.apache.kafka.common.errors.RetriableException;
import org.chorus.query.keys.KeyServiceUnavailableException;
import org.chorus.query.sharing.SharingUnavailableException;
import org.jspecify.annotations.Nullable;

/**
 * Tells an outage of something the projections need (Mongo, command-service's key endpoint, the broker while
 * dead-lettering or sharing, the disk) from poison. An outage ends by itself: the record is retried until it does, never parked.
 * Everything else is the record's own fault or the code's, and no amount of waiting fixes it.
 */
public final class Failures {
    private static final List<Class<? extends Throwable>> TRANSIENT = List.of(
            MongoSocketException.class, MongoTimeoutException.class, MongoNotPrimaryException.class,
            MongoNodeIsRecoveringException.class, MongoExecutionTimeoutException.class,
            MongoConnectionPoolClearedException.class, MongoServerUnavailableException.class,
            MongoInterruptedException.class, MongoWriteConcernException.class,
            KeyServiceUnavailableException.class, DeadLetterUnavailableException.class,
            SharingUnavailableException.class, RetriableException.class, IOException.class, InterruptedException.class);

    private static final String RETRYABLE_WRITE = "RetryableWriteError";

    private Failures() {
    }

    /** Whether the failure, or any of its causes, is an outage that ends by itself. */
    public static boolean isTransient(Throwable failure) {
        @Nullable Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 16; depth++) {
            if (outage(cause)) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }

    private static boolean outage(Throwable failure) {
        return TRANSIENT.stream().anyMatch(type -> type.isInstance(failure))
                || failure instanceof MongoException mongo && mongo.hasErrorLabel(RETRYABLE_WRITE);
    }

    /** What an operator reads: the failure's message, short, never the record's value. */
    public static String reason(Throwable failure) {
        String message = failure.getMessage();
        String reason = message == null || message.isBlank() ? failure.getClass().getName() : message;
        return reason.length() <= 500 ? reason : reason.substring(0, 500) + "...";
    }
}
