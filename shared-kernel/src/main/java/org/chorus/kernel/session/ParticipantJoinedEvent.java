package org.chorus.kernel.session;

import java.util.UUID;
import org.chorus.kernel.crypto.SealedText;
import org.jspecify.annotations.Nullable;
import org.axonframework.serialization.Revision;

/** Someone joined. Name and organisation are sealed under the participant's own key; role and lived experience travel in clear. */
@Revision("1")
public record ParticipantJoinedEvent(
        SessionId sessionId,
        UUID participantId,
        SealedText displayName,
        @Nullable SealedText organisation,
        ParticipantRole role,
        boolean livedExperience) implements SessionEvent {
}
