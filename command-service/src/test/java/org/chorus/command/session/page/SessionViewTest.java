package org.chorus.command.session.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.session.ActionAgreedEvent;
import org.chorus.kernel.session.ContributionAddedEvent;
import org.chorus.kernel.session.ContributionKind;
import org.chorus.kernel.session.DecisionRecordedEvent;
import org.chorus.kernel.session.Outcome;
import org.chorus.kernel.session.ParticipantErasedEvent;
import org.chorus.kernel.session.ParticipantJoinedEvent;
import org.chorus.kernel.session.ParticipantRole;
import org.chorus.kernel.session.ProposalTabledEvent;
import org.chorus.kernel.session.SessionEvent;
import org.chorus.kernel.session.SessionFold;
import org.chorus.kernel.session.SessionId;
import org.chorus.kernel.session.SessionOpenedEvent;
import org.chorus.kernel.session.SessionScheduledEvent;
import org.chorus.kernel.session.Stance;
import org.chorus.kernel.session.VoteCastEvent;
import org.junit.jupiter.api.Test;

/** How a folded session reads to a facilitator, with a stand-in for the participants' keys. */
class SessionViewTest {
    private final SessionId session = SessionId.random();
    private final UUID ayo = UUID.randomUUID();
    private final UUID bea = UUID.randomUUID();
    private final UUID idea = UUID.randomUUID();
    private final UUID proposal = UUID.randomUUID();
    private final UUID decision = UUID.randomUUID();
    private final Map<String, String> keys = new HashMap<>();

    private SealedText sealed(UUID participant, String text) {
        String ciphertext = UUID.randomUUID().toString();
        keys.put(ciphertext, text);
        return new SealedText(participant.toString(), ciphertext);
    }

    private Optional<String> open(SealedText text) {
        return Optional.ofNullable(keys.get(text.ciphertext()));
    }

    private List<SessionEvent> meeting() {
        return List.of(
                new SessionScheduledEvent(session, "Clinics", new ThemeCode("ACCESS"), new PlaceCode("BEXLEY"),
                        Instant.parse("2026-07-01T09:00:00Z"), "facilitator"),
                new SessionOpenedEvent(session, "facilitator"),
                new ParticipantJoinedEvent(session, ayo, sealed(ayo, "Ayo"), null, ParticipantRole.RESIDENT, true),
                new ParticipantJoinedEvent(session, bea, sealed(bea, "Bea"), sealed(bea, "Bexley Voices"),
                        ParticipantRole.VCSE, false),
                new ContributionAddedEvent(session, idea, bea, ContributionKind.IDEA, sealed(bea, "Evening hours"),
                        List.of()),
                new ProposalTabledEvent(session, proposal, ayo, sealed(ayo, "Open late on Thursdays"), List.of(),
                        List.of(idea)),
                new VoteCastEvent(session, proposal, bea, Stance.OPPOSE),
                new VoteCastEvent(session, proposal, ayo, Stance.SUPPORT),
                new VoteCastEvent(session, proposal, bea, Stance.SUPPORT),
                new DecisionRecordedEvent(session, decision, proposal, Outcome.ADOPTED, "All for it"),
                new ActionAgreedEvent(session, UUID.randomUUID(), decision, "Extend hours", "Practice manager",
                        LocalDate.parse("2026-09-30")));
    }

    @Test
    void showsNamesWordsTalliesAndWhatFollowsFromWhat() {
        SessionView.State state = SessionView.of(SessionFold.fold(meeting()), this::open);

        assertThat(state.scheduledFor()).as("BST in July").isEqualTo("1 Jul 2026, 10:00");
        assertThat(state.participants()).extracting(SessionView.Person::name).containsExactly("Ayo", "Bea");
        assertThat(state.participants().get(1).organisation()).isEqualTo("Bexley Voices");
        SessionView.Proposal tabled = state.proposals().get(0);
        assertThat(tabled.text()).isEqualTo("Open late on Thursdays");
        assertThat(List.of(tabled.support(), tabled.oppose(), tabled.abstain())).containsExactly(2, 0, 0);
        assertThat(tabled.outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(tabled.cites()).containsExactly(1);
        assertThat(state.actions().get(0).proposal()).isEqualTo(1);
        assertThat(state.actions().get(0).due()).as("GOV.UK month style").isEqualTo("30 Sept 2026");
        assertThat(state.undecided()).isEmpty();
    }

    @Test
    void anErasedParticipantKeepsTheirRoleAndVotesButLosesTheirNameAndWords() {
        List<SessionEvent> events = new java.util.ArrayList<>(meeting());
        events.add(new ParticipantErasedEvent(session, bea, "facilitator"));

        SessionView.State state = SessionView.of(SessionFold.fold(events), this::open);

        SessionView.Person erased = state.participants().get(1);
        assertThat(erased.name()).as("hidden even while the key could still open it").isNull();
        assertThat(erased.organisation()).isNull();
        assertThat(erased.role()).isEqualTo(ParticipantRole.VCSE);
        assertThat(state.contributions().get(0).by()).isNull();
        assertThat(state.contributions().get(0).text()).isNull();
        assertThat(state.proposals().get(0).support()).isEqualTo(2);
        assertThat(state.present()).extracting(SessionView.Person::id).containsExactly(ayo);
    }

    @Test
    void aDestroyedKeyHidesTheNameAtEveryEarlierStepToo() {
        List<SessionEvent> firstSix = meeting().subList(0, 6);
        keys.clear();

        SessionView.State before = SessionView.of(SessionFold.fold(firstSix), this::open);

        assertThat(before.participants()).extracting(SessionView.Person::name).containsOnlyNulls();
        assertThat(before.proposals().get(0).text()).isNull();
        assertThat(before.proposals().get(0).outcome()).isNull();
    }
}
