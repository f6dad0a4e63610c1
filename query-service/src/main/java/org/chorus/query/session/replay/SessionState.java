package org.chorus.query.session.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.kernel.session.ActionStatus;
import org.chorus.kernel.session.ContributionKind;
import org.chorus.kernel.session.Outcome;
import org.chorus.kernel.session.ParticipantRole;
import org.chorus.kernel.session.SessionStatus;
import org.chorus.kernel.session.Stance;
import org.jspecify.annotations.Nullable;

/** A session as it stood after one of its events, with the words of participants who were not erased. */
public record SessionState(
        UUID id,
        String title,
        SessionStatus status,
        List<Participant> participants,
        List<Contribution> contributions,
        List<Proposal> proposals,
        List<Decision> decisions,
        List<Action> actions) {

    /** {@code displayName} is "withdrawn participant" once they were erased. */
    public record Participant(UUID participantId, String displayName, ParticipantRole role, boolean livedExperience) {
    }

    public record Contribution(UUID contributionId, UUID byParticipantId, ContributionKind kind, @Nullable String text,
            List<UUID> evidenceStoryIds) {
    }

    /** {@code decision} is absent until the session decided on it. */
    public record Proposal(UUID proposalId, @Nullable String text, UUID byParticipantId, Map<Stance, Integer> tally,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ProposalDecision decision) {
    }

    public record ProposalDecision(UUID decisionId, Outcome outcome, String rationale) {
    }

    /** A decision with everything behind it: the stories its proposal and that proposal's contributions cited. */
    public record Decision(UUID decisionId, UUID proposalId, Outcome outcome, String rationale,
            List<UUID> evidenceStoryIds, List<UUID> contributionIds) {
    }

    public record Action(UUID actionId, @Nullable UUID decisionId, String description, String owner, LocalDate dueBy,
            ActionStatus status) {
    }
}
