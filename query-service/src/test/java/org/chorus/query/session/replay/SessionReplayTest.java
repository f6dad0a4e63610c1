package org.chorus.query.session.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.chorus.kernel.event.EventTypes;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.session.SessionEvent;
import org.chorus.query.session.ParticipantKeys;
import org.chorus.query.session.StoredSessionEvent;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.ScriptedSession;
import org.junit.jupiter.api.Test;

class SessionReplayTest {
    private final KeyRing ring = new KeyRing();
    private final ScriptedSession session = new ScriptedSession(ring);
    // a fresh instance that never projected the erasure, and command-service still releasing the key
    private final ParticipantKeys keys = new ParticipantKeys(ring, Duration.ofSeconds(5), Clock.systemUTC());

    @Test
    void anErasedParticipantIsWithdrawnEverywhereEvenWhileTheirKeyStillAnswers() {
        SessionReplay replay = new SessionReplay(stored(ScriptedSession.ERASURE), keys);

        List<TimelineEntry> timeline = replay.timeline();
        assertThat(timeline.get(4).data().get("displayName").asString()).isEqualTo("withdrawn participant");
        assertThat(timeline.get(4).data().get("organisation").isNull()).isTrue();
        assertThat(timeline.get(6).data().get("text").isNull()).isTrue();
        assertThat(timeline.get(3).data().get("organisation").asString()).isEqualTo("Lewisham Hospital");
        SessionState before = replay.stateAfter(8);
        assertThat(before.participants()).extracting(SessionState.Participant::displayName)
                .containsExactly("Ama Mensah", "Ben Okafor", "withdrawn participant");
        assertThat(before.proposals()).extracting(SessionState.Proposal::text)
                .containsExactly("Text updates on waiting times", null);
    }

    @Test
    void beforeTheirErasureArrivesAParticipantWhoseKeyAnswersIsShown() {
        SessionReplay replay = new SessionReplay(stored(ScriptedSession.ERASURE - 1), keys);

        assertThat(replay.timeline().get(4).data().get("displayName").asString()).isEqualTo("Cat Novak");
        assertThat(replay.stateAfter(6).contributions().get(1).text()).isEqualTo("Interpreters are never booked");
    }

    private List<StoredSessionEvent> stored(int through) {
        List<StoredSessionEvent> stored = new ArrayList<>();
        for (int sequence = 0; sequence <= through; sequence++) {
            SessionEvent event = session.events().get(sequence);
            stored.add(new StoredSessionEvent(sequence, EventTypes.nameOf(event.getClass()),
                    ScriptedSession.at(sequence), event, KernelJson.mapper().writeValueAsString(event)));
        }
        return stored;
    }
}
