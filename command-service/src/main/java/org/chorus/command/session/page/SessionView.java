package org.chorus.command.session.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.session.ActionStatus;
import org.chorus.kernel.session.ContributionKind;
import org.chorus.kernel.session.Outcome;
import org.chorus.kernel.session.ParticipantRole;
import org.chorus.kernel.session.SessionSnapshot;
import org.chorus.kernel.session.SessionStatus;
import org.chorus.kernel.session.Stance;
import org.jspecify.annotations.Nullable;

/**
 * A session's state as a facilitator reads it: sealed names and words opened where the participant's key still
 * exists. A withdrawn participant's name and words are null, at every step of a replay, because their key is gone.
 * Proposals and contributions are numbered in the order they were made, so rows can refer to each other.
 */
final class SessionView {
    private SessionView() {
    }

    public record State(UUID id, String title, String topic, String place, String scheduledFor, SessionStatus status,
                        long lastSequence, List<Person> participants, List<Words> contributions,
                        List<Proposal> proposals, List<Decision> decisions, List<Action> actions) {

        public List<Person> present() {
            return participants.stream().filter(p -> !p.erased()).toList();
        }

        public List<Proposal> undecided() {
            return proposals.stream().filter(p -> p.outcome() == null).toList();
        }
    }

    public record Person(UUID id, @Nullable String name, @Nullable String organisation, ParticipantRole role,
                         boolean livedExperience, boolean erased) {
    }

    public record Words(UUID id, int number, @Nullable String by, ContributionKind kind, @Nullable String text,
                        int evidence) {
    }

    public record Proposal(UUID id, int number, @Nullable String by, @Nullable String text, int support, int oppose,
                           int abstain, @Nullable Outcome outcome, List<Integer> cites) {
    }

    public record Decision(UUID id, int proposal, Outcome outcome, String rationale) {
    }

    public record Action(UUID id, String description, String owner, LocalDate dueBy, String due, ActionStatus status,
                         @Nullable Integer proposal) {
    }

    static State of(SessionSnapshot s, Function<SealedText, Optional<String>> open) {
        Function<UUID, @Nullable String> nameOf = id -> s.participant(id)
                .filter(p -> !p.erased()).flatMap(p -> open.apply(p.displayName())).orElse(null);
        List<Person> people = s.participants().stream().map(p -> new Person(p.participantId(),
                p.erased() ? null : open.apply(p.displayName()).orElse(null),
                p.erased() || p.organisation() == null ? null : open.apply(p.organisation()).orElse(null),
                p.role(), p.livedExperience(), p.erased())).toList();
        List<UUID> contributionOrder = s.contributions().stream().map(SessionSnapshot.Contribution::contributionId)
                .toList();
        List<UUID> proposalOrder = s.proposals().stream().map(SessionSnapshot.Proposal::proposalId).toList();
        List<Words> words = new ArrayList<>();
        for (SessionSnapshot.Contribution c : s.contributions()) {
            String by = nameOf.apply(c.participantId());
            words.add(new Words(c.contributionId(), words.size() + 1, by, c.kind(),
                    by == null ? null : open.apply(c.text()).orElse(null), c.evidenceStoryIds().size()));
        }
        List<Proposal> proposals = new ArrayList<>();
        for (SessionSnapshot.Proposal p : s.proposals()) {
            String by = nameOf.apply(p.participantId());
            Map<Stance, Integer> tally = p.tally();
            Outcome outcome = p.decisionId() == null ? null
                    : s.decision(p.decisionId()).map(SessionSnapshot.Decision::outcome).orElse(null);
            proposals.add(new Proposal(p.proposalId(), proposals.size() + 1, by,
                    by == null ? null : open.apply(p.text()).orElse(null), tally.get(Stance.SUPPORT),
                    tally.get(Stance.OPPOSE), tally.get(Stance.ABSTAIN), outcome,
                    p.contributionIds().stream().map(id -> contributionOrder.indexOf(id) + 1).toList()));
        }
        List<Decision> decisions = s.decisions().stream().map(d -> new Decision(d.decisionId(),
                proposalOrder.indexOf(d.proposalId()) + 1, d.outcome(), d.rationale())).toList();
        List<Action> actions = s.actions().stream().map(a -> new Action(a.actionId(), a.description(), a.owner(),
                a.dueBy(), LondonTime.date(a.dueBy()), a.status(), a.decisionId() == null ? null
                        : s.decision(a.decisionId()).map(d -> proposalOrder.indexOf(d.proposalId()) + 1).orElse(null)))
                .toList();
        return new State(s.id().value(), s.title(), s.topic().value(), s.place().value(),
                LondonTime.format(s.scheduledFor()), s.status(), s.lastSequence(), people, words, proposals,
                decisions, actions);
    }
}
