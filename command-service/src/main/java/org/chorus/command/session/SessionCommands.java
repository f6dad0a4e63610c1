package org.chorus.command.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.session.ActionStatus;
import org.chorus.kernel.session.ContributionKind;
import org.chorus.kernel.session.Outcome;
import org.chorus.kernel.session.ParticipantRole;
import org.chorus.kernel.session.SessionId;
import org.chorus.kernel.session.Stance;
import org.jspecify.annotations.Nullable;

/** The commands a co-design session takes. Ids of new parts are chosen by the caller, so answers can name them. */
public final class SessionCommands {
    private SessionCommands() {
    }

    public record ScheduleSession(@TargetAggregateIdentifier SessionId sessionId, String title, ThemeCode topic,
                                  PlaceCode place, Instant scheduledFor, String facilitator) {
    }

    public record OpenSession(@TargetAggregateIdentifier SessionId sessionId, String openedBy) {
    }

    public record AddParticipant(@TargetAggregateIdentifier SessionId sessionId, UUID participantId, String displayName,
                                 @Nullable String organisation, ParticipantRole role, boolean livedExperience) {
        @Override
        public String toString() {
            return "AddParticipant[" + sessionId + ", " + participantId + ", " + role + "]";
        }
    }

    public record AddContribution(@TargetAggregateIdentifier SessionId sessionId, UUID contributionId,
                                  UUID participantId, ContributionKind kind, String text, List<UUID> evidenceStoryIds) {
        @Override
        public String toString() {
            return "AddContribution[" + sessionId + ", " + contributionId + "]";
        }
    }

    public record TableProposal(@TargetAggregateIdentifier SessionId sessionId, UUID proposalId, UUID participantId,
                                String text, List<UUID> evidenceStoryIds, List<UUID> contributionIds) {
        @Override
        public String toString() {
            return "TableProposal[" + sessionId + ", " + proposalId + "]";
        }
    }

    public record CastVote(@TargetAggregateIdentifier SessionId sessionId, UUID proposalId, UUID participantId,
                           Stance stance) {
    }

    public record RecordDecision(@TargetAggregateIdentifier SessionId sessionId, UUID decisionId, UUID proposalId,
                                 Outcome outcome, String rationale) {
    }

    public record AgreeAction(@TargetAggregateIdentifier SessionId sessionId, UUID actionId, @Nullable UUID decisionId,
                              String description, String owner, LocalDate dueBy) {
    }

    public record ProgressAction(@TargetAggregateIdentifier SessionId sessionId, UUID actionId, ActionStatus status,
                                 String note, String reportedBy) {
    }

    public record EraseParticipant(@TargetAggregateIdentifier SessionId sessionId, UUID participantId,
                                   String erasedBy) {
    }

    public record CloseSession(@TargetAggregateIdentifier SessionId sessionId, String closedBy) {
    }
}
