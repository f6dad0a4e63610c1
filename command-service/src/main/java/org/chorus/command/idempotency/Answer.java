package org.chorus.command.idempotency;

import org.jspecify.annotations.Nullable;

/** A successful answer as it was first given: repeated as is for a retried request. */
public record Answer(int status, @Nullable String location, String body) {
}
