package org.chorus.kernel.session;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A participant asked to be forgotten: their key is destroyed, so their name, organisation and words can never be read again. Their role and lived experience still count in power-sharing figures. */
@Revision("1")
public record ParticipantErasedEvent(
        SessionId sessionId,
        UUID participantId,
        String erasedBy) implements SessionEvent {
}
