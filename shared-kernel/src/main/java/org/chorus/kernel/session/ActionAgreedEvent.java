package org.chorus.kernel.session;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.axonframework.serialization.Revision;

/** An action was agreed, optionally following from a decision, with an owner and a due date. */
@Revision("1")
public record ActionAgreedEvent(
        SessionId sessionId,
        UUID actionId,
        @Nullable UUID decisionId,
        String description,
        String owner,
        LocalDate dueBy) implements SessionEvent {
}
