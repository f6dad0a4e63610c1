package org.chorus.command.session.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.chorus.kernel.session.ActionStatus;
import org.chorus.kernel.session.ContributionKind;
import org.chorus.kernel.session.Outcome;
import org.chorus.kernel.session.ParticipantRole;
import org.chorus.kernel.session.Stance;
import org.jspecify.annotations.Nullable;

/** Bodies of the session calls of API.md, checked by {@link SessionChecks}. */
final class SessionRequests {
    private SessionRequests() {
    }

    record Schedule(@Nullable String title, @Nullable String topic, @Nullable String place,
                    @Nullable Instant scheduledFor) {
    }

    record Participant(@Nullable String displayName, @Nullable ParticipantRole role, @Nullable Boolean livedExperience,
                       @Nullable String organisation) {
        @Override
        public String toString() {
            return "Participant[" + role + "]";
        }
    }

    record Contribution(@Nullable UUID participantId, @Nullable ContributionKind kind, @Nullable String text,
                        @Nullable List<UUID> evidenceStoryIds) {
        @Override
        public String toString() {
            return "Contribution[" + kind + "]";
        }
    }

    record Proposal(@Nullable UUID participantId, @Nullable String text, @Nullable List<UUID> evidenceStoryIds,
                    @Nullable List<UUID> contributionIds) {
        @Override
        public String toString() {
            return "Proposal[...]";
        }
    }

    record Vote(@Nullable UUID participantId, @Nullable Stance stance) {
    }

    record Decision(@Nullable UUID proposalId, @Nullable Outcome outcome, @Nullable String rationale) {
    }

    record Action(@Nullable UUID decisionId, @Nullable String description, @Nullable String owner,
                  @Nullable LocalDate dueBy) {
    }

    record Progress(@Nullable ActionStatus status, @Nullable String note) {
    }
}
