package org.chorus.query.fault;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Halts the JVM, as {@code kill -9} would, right after the n-th successful Mongo write command: the fault suite's
 * crash between two writes of one event. Only present when {@code chorus.fault.halt-after-mongo-writes} (env
 * {@code CHORUS_FAULT_HALT_AFTER_MONGO_WRITES}) is set; MongoConfiguration applies every {@link CommandListener}.
 */
@Component
@ConditionalOnProperty("chorus.fault.halt-after-mongo-writes")
class HaltAfterMongoWrites implements CommandListener {
    static final int EXIT_CODE = 137;
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify");

    private final long haltAfter;
    private final Runnable halt;
    private final AtomicLong writes = new AtomicLong();

    @Autowired
    HaltAfterMongoWrites(@Value("${chorus.fault.halt-after-mongo-writes}") long haltAfter) {
        this(haltAfter, () -> Runtime.getRuntime().halt(EXIT_CODE));
    }

    HaltAfterMongoWrites(long haltAfter, Runnable halt) {
        if (haltAfter < 1) {
            throw new IllegalArgumentException("chorus.fault.halt-after-mongo-writes must be at least 1");
        }
        this.haltAfter = haltAfter;
        this.halt = halt;
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        if (WRITES.contains(event.getCommandName().toLowerCase(Locale.ROOT))
                && writes.incrementAndGet() == haltAfter) {
            halt.run();
        }
    }
}
