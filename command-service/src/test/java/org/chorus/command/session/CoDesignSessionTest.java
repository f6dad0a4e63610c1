package org.chorus.command.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.matchers.Matchers;
import org.chorus.command.rules.StateConflict;
import org.chorus.command.rules.UnknownReference;
import org.chorus.command.session.SessionCommands.AddContribution;
import org.chorus.command.session.SessionCommands.AddParticipant;
import org.chorus.command.session.SessionCommands.AgreeAction;
import org.chorus.command.session.SessionCommands.CastVote;
import org.chorus.command.session.SessionCommands.CloseSession;
import org.chorus.command.session.SessionCommands.EraseParticipant;
import org.chorus.command.session.SessionCommands.OpenSession;
import org.chorus.command.session.SessionCommands.ProgressAction;
import org.chorus.command.session.SessionCommands.RecordDecision;
import org.chorus.command.session.SessionCommands.ScheduleSession;
import org.chorus.command.session.SessionCommands.TableProposal;
import org.chorus.command.support.InMemoryDataKeys;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.session.ActionAgreedEvent;
import org.chorus.kernel.session.ActionProgressedEvent;
import org.chorus.kernel.session.ActionStatus;
import org.chorus.kernel.session.ContributionAddedEvent;
import org.chorus.kernel.session.ContributionKind;
import org.chorus.kernel.session.DecisionRecordedEvent;
import org.chorus.kernel.session.Outcome;
import org.chorus.kernel.session.ParticipantErasedEvent;
import org.chorus.kernel.session.ParticipantJoinedEvent;
import org.chorus.kernel.session.ParticipantRole;
import org.chorus.kernel.session.ProposalTabledEvent;
import org.chorus.kernel.session.SessionClosedEvent;
import org.chorus.kernel.session.SessionEvent;
import org.chorus.kernel.session.SessionFold;
import org.chorus.kernel.session.SessionId;
import org.chorus.kernel.session.SessionOpenedEvent;
import org.chorus.kernel.session.SessionScheduledEvent;
import org.chorus.kernel.session.Stance;
import org.chorus.kernel.session.VoteCastEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CoDesignSessionTest {
    private final SessionId id = SessionId.random();
    private final UUID ayo = UUID.randomUUID();
    private final UUID proposal = UUID.randomUUID();
    private final UUID decision = UUID.randomUUID();
    private final UUID action = UUID.randomUUID();
    private InMemoryDataKeys keys;
    private ParticipantVault vault;
    private AggregateTestFixture<CoDesignSession> fixture;

    @BeforeEach
    void setUp() {
        keys = new InMemoryDataKeys();
        vault = new ParticipantVault(keys);
        fixture = new AggregateTestFixture<>(CoDesignSession.class);
        fixture.registerInjectableResource(vault);
    }

    private SessionScheduledEvent scheduled() {
        return new SessionScheduledEvent(id, "Maternity listening", new ThemeCode("MATERNITY"), new PlaceCode("LEWISHAM"),
                Instant.parse("2026-12-01T10:00:00Z"), "facilitator");
    }

    private ParticipantJoinedEvent joined(UUID participant) {
        return new ParticipantJoinedEvent(id, participant, vault.enrol(participant, "Ayo"), null,
                ParticipantRole.RESIDENT, true);
    }

    private ProposalTabledEvent tabled(SealedText name) {
        return new ProposalTabledEvent(id, proposal, ayo, vault.sealLike(name, "Interpreters at booking"), List.of(),
                List.of());
    }

    private List<Object> openWithAProposal() {
        ParticipantJoinedEvent joined = joined(ayo);
        return List.of(scheduled(), new SessionOpenedEvent(id, "facilitator"), joined, tabled(joined.displayName()));
    }

    private <E> E onlyEvent(ResultValidator<CoDesignSession> result, Class<E> type) {
        List<Object> payloads = new ArrayList<>();
        result.expectSuccessfulHandlerExecution().expectEventsMatching(Matchers.payloadsMatching(
                Matchers.exactSequenceOf(Matchers.predicate(payloads::add), Matchers.andNoMore())));
        assertThat(payloads).hasSize(1).first().isInstanceOf(type);
        return type.cast(payloads.get(0));
    }

    @Test
    void schedulesASession() {
        fixture.givenNoPriorActivity().when(new ScheduleSession(id, "Maternity listening", new ThemeCode("MATERNITY"),
                new PlaceCode("LEWISHAM"), Instant.parse("2026-12-01T10:00:00Z"), "facilitator"))
                .expectEvents(scheduled());
    }

    @Test
    void opensOnlyAScheduledSession() {
        fixture.given(scheduled()).when(new OpenSession(id, "facilitator"))
                .expectEvents(new SessionOpenedEvent(id, "facilitator"));
        fixture.given(scheduled(), new SessionOpenedEvent(id, "f")).when(new OpenSession(id, "f"))
                .expectException(StateConflict.class);
    }

    @Test
    void aParticipantsNameAndOrganisationAreSealedUnderTheirOwnReleasedKey() {
        ParticipantJoinedEvent event = onlyEvent(fixture.given(scheduled(), new SessionOpenedEvent(id, "f"))
                .when(new AddParticipant(id, ayo, "Ayo Bello", "Lewisham Refugee Network", ParticipantRole.VCSE, true)),
                ParticipantJoinedEvent.class);

        assertThat(event.displayName().ciphertext()).doesNotContain("Ayo");
        assertThat(vault.open(event.displayName())).contains("Ayo Bello");
        assertThat(vault.open(event.organisation())).contains("Lewisham Refugee Network");
        assertThat(event.organisation().keyId()).isEqualTo(event.displayName().keyId());
        assertThat(keys.isReleased(event.displayName().keyId())).isTrue();
        assertThat(event.role()).isEqualTo(ParticipantRole.VCSE);
    }

    @Test
    void onlyAnOpenSessionTakesParticipants() {
        fixture.given(scheduled()).when(new AddParticipant(id, ayo, "Ayo", null, ParticipantRole.RESIDENT, false))
                .expectException(StateConflict.class).expectNoEvents();
    }

    @Test
    void contributionsAreSealedUnderTheContributorsKey() {
        ParticipantJoinedEvent joined = joined(ayo);
        ContributionAddedEvent event = onlyEvent(fixture.given(scheduled(), new SessionOpenedEvent(id, "f"), joined)
                .when(new AddContribution(id, UUID.randomUUID(), ayo, ContributionKind.EXPERIENCE, "No interpreter came",
                        List.of())), ContributionAddedEvent.class);

        assertThat(event.text().keyId()).isEqualTo(joined.displayName().keyId());
        assertThat(vault.open(event.text())).contains("No interpreter came");
    }

    @Test
    void refusesAContributionFromSomeoneNotInTheSession() {
        fixture.given(scheduled(), new SessionOpenedEvent(id, "f"))
                .when(new AddContribution(id, UUID.randomUUID(), UUID.randomUUID(), ContributionKind.IDEA, "x", List.of()))
                .expectException(UnknownReference.class);
    }

    @Test
    void refusesAProposalCitingAnotherSessionsContribution() {
        ParticipantJoinedEvent joined = joined(ayo);
        fixture.given(scheduled(), new SessionOpenedEvent(id, "f"), joined)
                .when(new TableProposal(id, proposal, ayo, "p", List.of(), List.of(UUID.randomUUID())))
                .expectException(UnknownReference.class);
    }

    @Test
    void anyoneMayTableAProposal() {
        ParticipantJoinedEvent joined = joined(ayo);
        onlyEvent(fixture.given(scheduled(), new SessionOpenedEvent(id, "f"), joined)
                .when(new TableProposal(id, proposal, ayo, "Interpreters at booking", List.of(), List.of())),
                ProposalTabledEvent.class);
    }

    @Test
    void votesUntilTheProposalIsDecided() {
        fixture.given(openWithAProposal()).when(new CastVote(id, proposal, ayo, Stance.SUPPORT))
                .expectEvents(new VoteCastEvent(id, proposal, ayo, Stance.SUPPORT));
        List<Object> decided = new ArrayList<>(openWithAProposal());
        decided.add(new DecisionRecordedEvent(id, decision, proposal, Outcome.ADOPTED, "agreed"));
        fixture.given(decided).when(new CastVote(id, proposal, ayo, Stance.OPPOSE)).expectException(StateConflict.class);
    }

    @Test
    void refusesAVoteOnAnUnknownProposal() {
        fixture.given(openWithAProposal()).when(new CastVote(id, UUID.randomUUID(), ayo, Stance.SUPPORT))
                .expectException(UnknownReference.class);
    }

    @Test
    void recordsOneDecisionPerProposal() {
        fixture.given(openWithAProposal()).when(new RecordDecision(id, decision, proposal, Outcome.ADOPTED, "agreed"))
                .expectEvents(new DecisionRecordedEvent(id, decision, proposal, Outcome.ADOPTED, "agreed"));
        List<Object> decided = new ArrayList<>(openWithAProposal());
        decided.add(new DecisionRecordedEvent(id, decision, proposal, Outcome.ADOPTED, "agreed"));
        fixture.given(decided).when(new RecordDecision(id, UUID.randomUUID(), proposal, Outcome.REJECTED, "again"))
                .expectException(StateConflict.class);
    }

    @Test
    void agreesActionsOnlyForDecisionsOfThisSession() {
        fixture.given(openWithAProposal())
                .when(new AgreeAction(id, action, null, "Book interpreters", "Maternity lead", LocalDate.parse("2027-01-31")))
                .expectEvents(new ActionAgreedEvent(id, action, null, "Book interpreters", "Maternity lead",
                        LocalDate.parse("2027-01-31")));
        fixture.given(openWithAProposal())
                .when(new AgreeAction(id, action, UUID.randomUUID(), "x", "y", LocalDate.parse("2027-01-31")))
                .expectException(UnknownReference.class);
    }

    @Test
    void actionsProgressAfterTheSessionClosed() {
        List<Object> closed = new ArrayList<>(openWithAProposal());
        closed.add(new ActionAgreedEvent(id, action, null, "Book interpreters", "lead", LocalDate.parse("2027-01-31")));
        closed.add(new SessionClosedEvent(id, "f"));

        fixture.given(closed).when(new ProgressAction(id, action, ActionStatus.DONE, "done", "lead"))
                .expectEvents(new ActionProgressedEvent(id, action, ActionStatus.DONE, "done", "lead"));
        fixture.given(closed).when(new AddParticipant(id, UUID.randomUUID(), "Late", null, ParticipantRole.NHS, false))
                .expectException(StateConflict.class);
    }

    @Test
    void erasingAParticipantDestroysTheirKeyAndTheyTakeNoFurtherPart() {
        List<Object> given = openWithAProposal();
        SealedText name = ((ParticipantJoinedEvent) given.get(2)).displayName();

        fixture.given(given).when(new EraseParticipant(id, ayo, "f"))
                .expectEvents(new ParticipantErasedEvent(id, ayo, "f"));
        assertThat(vault.open(name)).isEmpty();

        List<Object> erased = new ArrayList<>(given);
        erased.add(new ParticipantErasedEvent(id, ayo, "f"));
        fixture.given(erased).when(new CastVote(id, proposal, ayo, Stance.SUPPORT)).expectException(StateConflict.class);
        fixture.given(erased).when(new EraseParticipant(id, ayo, "f")).expectException(StateConflict.class);
    }

    @Test
    void closesOnlyAnOpenSession() {
        fixture.given(scheduled()).when(new CloseSession(id, "f")).expectException(StateConflict.class);
        fixture.given(openWithAProposal()).when(new CloseSession(id, "f")).expectEvents(new SessionClosedEvent(id, "f"));
    }

    @Test
    void theLiveStateIsTheFoldReplayUses() {
        List<Object> script = new ArrayList<>(openWithAProposal());
        script.add(new VoteCastEvent(id, proposal, ayo, Stance.OPPOSE));
        script.add(new VoteCastEvent(id, proposal, ayo, Stance.SUPPORT));
        script.add(new DecisionRecordedEvent(id, decision, proposal, Outcome.ADOPTED, "agreed"));
        script.add(new ActionAgreedEvent(id, action, decision, "Book interpreters", "lead", LocalDate.parse("2027-01-31")));
        script.add(new SessionClosedEvent(id, "f"));
        List<Object> all = new ArrayList<>(script);
        all.add(new ActionProgressedEvent(id, action, ActionStatus.DONE, "done", "lead"));

        fixture.given(script).when(new ProgressAction(id, action, ActionStatus.DONE, "done", "lead"))
                .expectState(session -> assertThat(session.state())
                        .isEqualTo(SessionFold.fold(all.stream().map(SessionEvent.class::cast).toList())));
    }
}
