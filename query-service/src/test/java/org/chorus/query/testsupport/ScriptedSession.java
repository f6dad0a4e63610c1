package org.chorus.query.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ThemeCode;
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
import org.chorus.kernel.session.SessionId;
import org.chorus.kernel.session.SessionOpenedEvent;
import org.chorus.kernel.session.SessionScheduledEvent;
import org.chorus.kernel.session.Stance;
import org.chorus.kernel.session.VoteCastEvent;

/**
 * A co-design session as command-service emits it, words sealed under each participant's key: Ama (resident, lived
 * experience), Ben (NHS) and Cat (VCSE, lived experience, erased at the end); two proposals, Ben changing his vote,
 * the first proposal adopted, an action agreed and progressed after the session closed.
 */
public final class ScriptedSession {
    public static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
    public static final int ERASURE = 18;

    public final SessionId id = SessionId.random();
    public final UUID ama = UUID.randomUUID();
    public final UUID ben = UUID.randomUUID();
    public final UUID cat = UUID.randomUUID();
    public final UUID c1 = UUID.randomUUID();
    public final UUID c2 = UUID.randomUUID();
    public final UUID p1 = UUID.randomUUID();
    public final UUID p2 = UUID.randomUUID();
    public final UUID d1 = UUID.randomUUID();
    public final UUID a1 = UUID.randomUUID();
    public final UUID storyA = UUID.randomUUID();
    public final UUID storyB = UUID.randomUUID();
    public final UUID storyC = UUID.randomUUID();
    private final List<SessionEvent> events;

    public ScriptedSession(KeyRing keys) {
        this.events = List.of(
                new SessionScheduledEvent(id, "Maternity waits", new ThemeCode("MATERNITY"), new PlaceCode("LEWISHAM"),
                        Instant.parse("2026-11-22T09:30:00Z"), "facilitator"),
                new SessionOpenedEvent(id, "facilitator"),
                new ParticipantJoinedEvent(id, ama, keys.sealWith(keyOf(ama), "Ama Mensah"), null,
                        ParticipantRole.RESIDENT, true),
                new ParticipantJoinedEvent(id, ben, keys.sealWith(keyOf(ben), "Ben Okafor"),
                        keys.sealWith(keyOf(ben), "Lewisham Hospital"), ParticipantRole.NHS, false),
                new ParticipantJoinedEvent(id, cat, keys.sealWith(keyOf(cat), "Cat Novak"),
                        keys.sealWith(keyOf(cat), "Deptford Doulas"), ParticipantRole.VCSE, true),
                new ContributionAddedEvent(id, c1, ama, ContributionKind.EXPERIENCE,
                        keys.sealWith(keyOf(ama), "I waited nine hours"), List.of(storyA)),
                new ContributionAddedEvent(id, c2, cat, ContributionKind.CONCERN,
                        keys.sealWith(keyOf(cat), "Interpreters are never booked"), List.of(storyB)),
                new ProposalTabledEvent(id, p1, ama, keys.sealWith(keyOf(ama), "Text updates on waiting times"),
                        List.of(storyC), List.of(c1, c2)),
                new ProposalTabledEvent(id, p2, cat, keys.sealWith(keyOf(cat), "Book interpreters at triage"),
                        List.of(), List.of(c2)),
                new VoteCastEvent(id, p1, ama, Stance.SUPPORT),
                new VoteCastEvent(id, p1, ben, Stance.OPPOSE),
                new VoteCastEvent(id, p1, ben, Stance.SUPPORT),
                new VoteCastEvent(id, p1, cat, Stance.ABSTAIN),
                new VoteCastEvent(id, p2, ben, Stance.OPPOSE),
                new DecisionRecordedEvent(id, d1, p1, Outcome.ADOPTED, "Cheap and quick to try"),
                new ActionAgreedEvent(id, a1, d1, "Pilot text updates", "Lewisham ICB", LocalDate.parse("2026-12-31")),
                new SessionClosedEvent(id, "facilitator"),
                new ActionProgressedEvent(id, a1, ActionStatus.IN_PROGRESS, "Supplier chosen", "lead"),
                new ParticipantErasedEvent(id, cat, "facilitator"));
    }

    public static String keyOf(UUID participantId) {
        return "participant-" + participantId;
    }

    /** Every event, in order: the sequence of each is its index. */
    public List<SessionEvent> events() {
        return events;
    }

    public static Instant at(long sequence) {
        return START.plusSeconds(60 * sequence);
    }

    /** The ids, for filling in expected JSON: {@code {ama}} becomes Ama's participant id. */
    public String fill(String template) {
        Map<String, Object> ids = Map.ofEntries(Map.entry("id", id), Map.entry("ama", ama), Map.entry("ben", ben),
                Map.entry("cat", cat), Map.entry("c1", c1), Map.entry("c2", c2), Map.entry("p1", p1),
                Map.entry("p2", p2), Map.entry("d1", d1), Map.entry("a1", a1), Map.entry("storyA", storyA),
                Map.entry("storyB", storyB), Map.entry("storyC", storyC));
        String filled = template;
        for (Map.Entry<String, Object> entry : ids.entrySet()) {
            filled = filled.replace("{" + entry.getKey() + "}", entry.getValue().toString());
        }
        return filled;
    }
}
