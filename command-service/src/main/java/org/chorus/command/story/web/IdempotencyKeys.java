package org.chorus.command.story.web;

import org.chorus.command.rules.InvalidInput;
import org.jspecify.annotations.Nullable;

/** The {@code Idempotency-Key} header: optional, 1 to 128 characters. */
final class IdempotencyKeys {
    static final String HEADER = "Idempotency-Key";

    private IdempotencyKeys() {
    }

    static @Nullable String checked(@Nullable String key) {
        if (key != null && (key.isEmpty() || key.length() > 128)) {
            throw new InvalidInput(HEADER, "must be 1 to 128 characters");
        }
        return key;
    }
}
