package org.chorus.kernel.session;

import java.util.List;
import java.util.UUID;
import org.chorus.kernel.crypto.SealedText;
import org.axonframework.serialization.Revision;

/** A participant tabled a proposal (anyone may), optionally citing stories and contributions behind it. */
@Revision("1")
public record ProposalTabledEvent(
        SessionId sessionId,
        UUID proposalId,
        UUID participantId,
        SealedText text,
        List<UUID> evidenceStoryIds,
        List<UUID> contributionIds) implements SessionEvent {
}
