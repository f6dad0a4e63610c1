package org.chorus.kernel.session;

import java.util.List;
import java.util.UUID;
import org.chorus.kernel.crypto.SealedText;
import org.axonframework.serialization.Revision;

/** A participant contributed, optionally citing stories as evidence. The words are sealed under the participant's key. */
@Revision("1")
public record ContributionAddedEvent(
        SessionId sessionId,
        UUID contributionId,
        UUID participantId,
        ContributionKind kind,
        SealedText text,
        List<UUID> evidenceStoryIds) implements SessionEvent {
}
