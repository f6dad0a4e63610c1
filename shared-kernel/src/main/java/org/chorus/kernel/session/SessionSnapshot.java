package org.chorus.kernel.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.crypto.SealedText;
import org.jspecify.annotations.Nullable;

/**
 * A session as it stands after some of its events, produced only by {@link SessionFold}. Personal fields stay
 * sealed: the aggregate decides on ids and states alone, and a reader opens the texts with the keys that still
 * exist. Immutable; lists keep the order things happened in.
 */
public record SessionSnapshot(SessionId id, String title, ThemeCode topic, PlaceCode place, Instant scheduledFor,
                              SessionStatus status, long lastSequence, List<Participant> participants,
                              List<Contribution> contributions, List<Proposal> proposals, List<Decision> decisions,
                              List<Action> actions) {

    public SessionSnapshot {
        participants = List.copyOf(participants);
        contributions = List.copyOf(contributions);
        proposals = List.copyOf(proposals);
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
    }

    /** A participant; after erasure only the role and lived experience remain readable. */
    public record Participant(UUID participantId, SealedText displayName, @Nullable SealedText organisation,
                              ParticipantRole role, boolean livedExperience, boolean erased) {
    }

    public record Contribution(UUID contributionId, UUID participantId, ContributionKind kind, SealedText text,
                               List<UUID> evidenceStoryIds) {
        public Contribution {
            evidenceStoryIds = List.copyOf(evidenceStoryIds);
        }
    }

    /** A proposal with the current vote of each participant who voted, and its decision once made. */
    public record Proposal(UUID proposalId, UUID participantId, SealedText text, List<UUID> evidenceStoryIds,
                           List<UUID> contributionIds, Map<UUID, Stance> votes, @Nullable UUID decisionId) {
        public Proposal {
            evidenceStoryIds = List.copyOf(evidenceStoryIds);
            contributionIds = List.copyOf(contributionIds);
            votes = Map.copyOf(votes);
        }

        /** How many current votes each stance has, every stance present. */
        public Map<Stance, Integer> tally() {
            Map<Stance, Integer> tally = new EnumMap<>(Stance.class);
            for (Stance stance : Stance.values()) {
                tally.put(stance, 0);
            }
            votes.values().forEach(stance -> tally.merge(stance, 1, Integer::sum));
            return tally;
        }
    }

    public record Decision(UUID decisionId, UUID proposalId, Outcome outcome, String rationale) {
    }

    public record Action(UUID actionId, @Nullable UUID decisionId, String description, String owner, LocalDate dueBy,
                         ActionStatus status) {
    }

    public Optional<Participant> participant(UUID participantId) {
        return participants.stream().filter(p -> p.participantId().equals(participantId)).findFirst();
    }

    public Optional<Contribution> contribution(UUID contributionId) {
        return contributions.stream().filter(c -> c.contributionId().equals(contributionId)).findFirst();
    }

    public Optional<Proposal> proposal(UUID proposalId) {
        return proposals.stream().filter(p -> p.proposalId().equals(proposalId)).findFirst();
    }

    public Optional<Decision> decision(UUID decisionId) {
        return decisions.stream().filter(d -> d.decisionId().equals(decisionId)).findFirst();
    }

    public Optional<Action> action(UUID actionId) {
        return actions.stream().filter(a -> a.actionId().equals(actionId)).findFirst();
    }
}
