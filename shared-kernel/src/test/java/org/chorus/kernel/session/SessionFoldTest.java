package org.chorus.kernel.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.crypto.SealedText;
import org.junit.jupiter.api.Test;

class SessionFoldTest {
    private final SessionId id = SessionId.random();
    private final UUID resident = UUID.randomUUID();
    private final UUID resident2 = UUID.randomUUID();
    private final UUID nurse = UUID.randomUUID();
    private final UUID proposal = UUID.randomUUID();
    private final UUID decision = UUID.randomUUID();
    private final UUID action = UUID.randomUUID();

    private static SealedText sealed(String what) {
        return new SealedText("k-" + what, "c-" + what);
    }

    private List<SessionEvent> script() {
        return List.of(
                new SessionScheduledEvent(id, "Maternity listening", new ThemeCode("MATERNITY"), new PlaceCode("LEWISHAM"),
                        Instant.parse("2026-12-01T10:00:00Z"), "facilitator"),
                new SessionOpenedEvent(id, "facilitator"),
                new ParticipantJoinedEvent(id, resident, sealed("a"), null, ParticipantRole.RESIDENT, true),
                new ParticipantJoinedEvent(id, resident2, sealed("b"), null, ParticipantRole.RESIDENT, false),
                new ParticipantJoinedEvent(id, nurse, sealed("c"), sealed("trust"), ParticipantRole.NHS, false),
                new ContributionAddedEvent(id, UUID.randomUUID(), resident, ContributionKind.EXPERIENCE, sealed("t1"), List.of()),
                new ProposalTabledEvent(id, proposal, resident, sealed("p"), List.of(), List.of()),
                new VoteCastEvent(id, proposal, nurse, Stance.OPPOSE),
                new VoteCastEvent(id, proposal, nurse, Stance.SUPPORT),
                new VoteCastEvent(id, proposal, resident2, Stance.ABSTAIN),
                new DecisionRecordedEvent(id, decision, proposal, Outcome.ADOPTED, "most support it"),
                new ActionAgreedEvent(id, action, decision, "Interpreters at booking", "Maternity lead",
                        LocalDate.parse("2027-01-31")),
                new SessionClosedEvent(id, "facilitator"),
                new ActionProgressedEvent(id, action, ActionStatus.IN_PROGRESS, "started", "lead"),
                new ParticipantErasedEvent(id, resident2, "facilitator"));
    }

    @Test
    void foldsAScriptedSessionIntoItsState() {
        SessionSnapshot state = SessionFold.fold(script());

        assertThat(state.status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(state.lastSequence()).isEqualTo(14);
        assertThat(state.participants()).hasSize(3);
        assertThat(state.participant(resident2).orElseThrow().erased()).isTrue();
        assertThat(state.proposal(proposal).orElseThrow().tally())
                .containsEntry(Stance.SUPPORT, 1).containsEntry(Stance.OPPOSE, 0).containsEntry(Stance.ABSTAIN, 1);
        assertThat(state.proposal(proposal).orElseThrow().decisionId()).isEqualTo(decision);
        assertThat(state.action(action).orElseThrow().status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void theStateAfterAnEarlierEventIsTheFoldOfThePrefix() {
        SessionSnapshot afterFirstVote = SessionFold.fold(script().subList(0, 8));

        assertThat(afterFirstVote.status()).isEqualTo(SessionStatus.OPEN);
        assertThat(afterFirstVote.lastSequence()).isEqualTo(7);
        assertThat(afterFirstVote.proposal(proposal).orElseThrow().tally()).containsEntry(Stance.OPPOSE, 1);
        assertThat(afterFirstVote.decisions()).isEmpty();
    }

    @Test
    void powerSharingCountsEachRoleAndLivedExperienceWithItsShare() {
        PowerSharing power = PowerSharing.of(SessionFold.fold(script()));

        PowerSharing.Figures residents = power.roles().get(ParticipantRole.RESIDENT);
        assertThat(residents.attendance()).isEqualTo(new PowerSharing.Measure(2, new BigDecimal("0.6667")));
        assertThat(residents.contributions()).isEqualTo(new PowerSharing.Measure(1, new BigDecimal("1.0000")));
        assertThat(residents.proposals()).isEqualTo(new PowerSharing.Measure(1, new BigDecimal("1.0000")));
        assertThat(residents.adoptedDecisions()).isEqualTo(new PowerSharing.Measure(1, new BigDecimal("1.0000")));
        PowerSharing.Figures nhs = power.roles().get(ParticipantRole.NHS);
        assertThat(nhs.attendance()).isEqualTo(new PowerSharing.Measure(1, new BigDecimal("0.3333")));
        assertThat(nhs.adoptedDecisions()).isEqualTo(new PowerSharing.Measure(0, new BigDecimal("0.0000")));
        assertThat(power.roles().get(ParticipantRole.VCSE).attendance().count()).isZero();
        assertThat(power.livedExperience().get("YES").attendance()).isEqualTo(new PowerSharing.Measure(1, new BigDecimal("0.3333")));
        assertThat(power.livedExperience().get("NO").attendance()).isEqualTo(new PowerSharing.Measure(2, new BigDecimal("0.6667")));
    }

    @Test
    void aSessionStartsWithItsScheduling() {
        assertThatThrownBy(() -> SessionFold.fold(List.of(new SessionOpenedEvent(id, "f"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
